package dev.zmodel.liquibase;

import liquibase.changelog.DatabaseChangeLog;

/**
 * A migration changelog as written to its file ({@link #text()}) and, when Liquibase parses that text back to exactly
 * the changesets it was written from, those changesets, so that the migration can be applied without parsing the
 * file it was just written to ({@link LiquibaseRunner#update(java.sql.Connection, LiquibaseSettings, java.nio.file.Path,
 * RenderedChangelog, dev.zmodel.Listener, LiquibaseRunner.ChangesetRan)}). Formatted SQL is always parsed (the parser
 * turns it into raw SQL changes with other checksums), and so is a text holding {@code ${} (which Liquibase's parser may
 * substitute), a carriage return (which an XML or YAML parser turns into a line feed) or another control character (which
 * XML 1.0 cannot hold at all: the file's parse fails before anything is applied, as it did before).
 */
public final class RenderedChangelog {
    private final String text;
    private final DatabaseChangeLog changelog;

    RenderedChangelog(String text, DatabaseChangeLog changelog, ChangelogFormat format) {
        this.text = text;
        boolean parsesToItself = format != ChangelogFormat.SQL && !text.contains("${") && !hasControlCharacters(text);
        this.changelog = parsesToItself ? changelog : null;
    }

    /** A carriage return or another control character other than tab and line feed. */
    private static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n') {
                return true;
            }
        }
        return false;
    }

    /** The changelog file's text. */
    public String text() {
        return text;
    }

    /** True when it is applied from memory rather than by parsing its file. */
    public boolean appliesFromMemory() {
        return changelog != null;
    }

    /** The changesets the text parses back to, or null when only parsing the file gives them. */
    DatabaseChangeLog changelog() {
        return changelog;
    }
}
