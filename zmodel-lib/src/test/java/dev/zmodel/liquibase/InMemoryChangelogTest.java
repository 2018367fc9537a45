package dev.zmodel.liquibase;

import dev.zmodel.Provider;
import dev.zmodel.diff.DiffCases;
import liquibase.ChecksumVersion;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.serializer.core.string.StringChangeLogSerializer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The changelog a migration is applied from without parsing its file must be, changeset by changeset, what Liquibase
 * parses from the file written next to it: the same identity, checksum, description, comment, dbms, transaction mode
 * and rollback. Otherwise the next run would find the migration "edited after it was applied".
 */
class InMemoryChangelogTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Provider.class)
    void everyDiffCaseParsesBackToTheSameChangesets(Provider provider) throws Exception {
        for (ChangelogFormat format : List.of(ChangelogFormat.XML, ChangelogFormat.YAML)) {
            for (DiffCases.Case c : DiffCases.all(provider)) {
                for (RenderOptions options : List.of(
                        RenderOptions.defaults(), RenderOptions.defaults().withDefaultSchema("public"))) {
                    RenderedChangelog rendered =
                            ChangelogRenderer.renderForApply(c.diff().changes(), provider, "m1", format, options);
                    assertTrue(rendered.appliesFromMemory(), c + " " + format);
                    Files.createDirectories(dir.resolve("m1"));
                    Files.writeString(dir.resolve("m1").resolve(format.fileName()), rendered.text());
                    List<ChangeSet> parsed = new ArrayList<>();
                    ChangelogFiles.changesets(dir, "m1/" + format.fileName()).forEach(d -> parsed.add(d.changeSet()));
                    assertSame(c + " " + format, parsed, rendered.changelog());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void formattedSqlIsAlwaysParsed(Provider provider) {
        DiffCases.Case c = DiffCases.all(provider).get(0);
        RenderedChangelog rendered = ChangelogRenderer.renderForApply(
                c.diff().changes(), provider, "m1", ChangelogFormat.SQL, RenderOptions.defaults());
        assertFalse(rendered.appliesFromMemory());
        assertNull(rendered.changelog());
    }

    /**
     * Text that Liquibase's parser would not give back as written is parsed from its file: a changelog parameter, a
     * carriage return, a control character XML cannot hold. Tabs and line feeds are kept by both parsers.
     */
    @ParameterizedTest
    @EnumSource(
            value = ChangelogFormat.class,
            names = {"XML", "YAML"})
    void textThatParsesDifferentlyIsParsedFromItsFile(ChangelogFormat format) {
        DatabaseChangeLog changelog = ChangelogRenderer.toDatabaseChangeLog(
                DiffCases.all(Provider.POSTGRESQL).get(0).diff().changes(), Provider.POSTGRESQL, "m1", format);
        assertTrue(new RenderedChangelog("a\tb\nc", changelog, format).appliesFromMemory());
        for (String text : List.of("DEFAULT '${user}'", "a\r\nb", "a\u0001b", "a\u001fb")) {
            RenderedChangelog rendered = new RenderedChangelog(text, changelog, format);
            assertFalse(rendered.appliesFromMemory(), text);
            assertNull(rendered.changelog(), text);
            assertEquals(text, rendered.text());
        }
    }

    private static List<String> serialized(List<liquibase.change.Change> changes) {
        StringChangeLogSerializer serializer = new StringChangeLogSerializer();
        return changes.stream().map(c -> serializer.serialize(c, true)).toList();
    }

    private static void assertSame(String what, List<ChangeSet> parsed, DatabaseChangeLog inMemory) {
        List<ChangeSet> sets = inMemory.getChangeSets();
        assertEquals(parsed.size(), sets.size(), what);
        LiquibaseScope.run(() -> {
            for (int i = 0; i < sets.size(); i++) {
                ChangeSet p = parsed.get(i);
                ChangeSet m = sets.get(i);
                String at = what + " changeset " + p.getId();
                assertEquals(p.getId(), m.getId(), at);
                assertEquals(p.getAuthor(), m.getAuthor(), at);
                assertEquals(p.getFilePath(), m.getFilePath(), at);
                assertEquals(
                        p.generateCheckSum(ChecksumVersion.latest()).toString(),
                        m.generateCheckSum(ChecksumVersion.latest()).toString(),
                        at);
                assertEquals(p.getDescription(), m.getDescription(), at);
                assertEquals(p.getComments(), m.getComments(), at);
                assertEquals(String.valueOf(p.getDbmsSet()), String.valueOf(m.getDbmsSet()), at);
                assertEquals(p.isRunInTransaction(), m.isRunInTransaction(), at);
                assertEquals(p.getObjectQuotingStrategy(), m.getObjectQuotingStrategy(), at);
                assertEquals(p.isAlwaysRun(), m.isAlwaysRun(), at);
                assertEquals(p.isRunOnChange(), m.isRunOnChange(), at);
                assertEquals(String.valueOf(p.buildFullContext()), String.valueOf(m.buildFullContext()), at);
                assertEquals(String.valueOf(p.buildFullLabels()), String.valueOf(m.buildFullLabels()), at);
                assertEquals(
                        serialized(p.getRollback().getChanges()),
                        serialized(m.getRollback().getChanges()),
                        at);
            }
            return null;
        });
    }
}
