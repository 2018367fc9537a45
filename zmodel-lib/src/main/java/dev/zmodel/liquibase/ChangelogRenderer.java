package dev.zmodel.liquibase;

import dev.zmodel.Provider;
import dev.zmodel.diff.DataLoss;
import dev.zmodel.diff.SchemaChange;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.ObjectQuotingStrategy;
import liquibase.serializer.core.xml.XMLChangeLogSerializer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns diff changes into one Liquibase migration changelog: one changeset per logical change, ids
 * {@code <migrationId>-<n>} (n from 1), author {@code zenstack}, identifiers quoted
 * ({@code objectQuotingStrategy="QUOTE_ALL_OBJECTS"}), a rollback on every changeset (Liquibase's automatic one
 * where it is correct, the inverse change otherwise) and, on risky changes, the data-loss sentence as the
 * changeset comment.
 *
 * <p>Every changeset carries {@code dbms} (the databases it was written for: Liquibase skips it elsewhere) and
 * {@code logicalFilePath="<migrationId>/migration.<ext>"}: Liquibase identifies an
 * applied changeset by (id, author, file path), and a fixed logical path keeps that identity when the
 * migrations directory is moved or the changelog is included from somewhere else.
 */
public final class ChangelogRenderer {
    public static final String AUTHOR = "zenstack";

    private ChangelogRenderer() {}

    /** The logical file path of a migration's changelog: {@code 20261122093000_init/migration.xml}. */
    public static String logicalPath(String migrationId, ChangelogFormat format) {
        return migrationId + "/" + format.fileName();
    }

    /** The changelog text of a migration in the given format, every name schema-qualified. */
    public static String render(
            List<SchemaChange> changes, Provider provider, String migrationId, ChangelogFormat format) {
        return render(changes, provider, migrationId, format, RenderOptions.defaults());
    }

    /**
     * The changelog text of a migration in the given format, written as {@code options} say (e.g. the objects of
     * their default schema without their schema, so Liquibase's {@code defaultSchemaName} places them).
     */
    public static String render(
            List<SchemaChange> changes,
            Provider provider,
            String migrationId,
            ChangelogFormat format,
            RenderOptions options) {
        return renderEntries(ChangelogEntry.of(changes), provider, migrationId, format, options);
    }

    /**
     * The changelog text of a migration made of diff changes and SQL taken as written ({@link ChangelogEntry.Sql}),
     * one changeset per entry, in the given order.
     */
    public static String renderEntries(
            List<ChangelogEntry> entries, Provider provider, String migrationId, ChangelogFormat format) {
        return renderEntries(entries, provider, migrationId, format, RenderOptions.defaults());
    }

    /** {@link #renderEntries(List, Provider, String, ChangelogFormat)} written as {@code options} say. */
    public static String renderEntries(
            List<ChangelogEntry> entries,
            Provider provider,
            String migrationId,
            ChangelogFormat format,
            RenderOptions options) {
        return renderEntriesForApply(entries, provider, migrationId, format, options)
                .text();
    }

    /**
     * {@link #render(List, Provider, String, ChangelogFormat, RenderOptions)} together with the changesets the
     * text was written from, which {@link RenderedChangelog} keeps where Liquibase parses the text back to exactly
     * them: applying those spares Liquibase parsing the file again, with the same identities and checksums.
     */
    public static RenderedChangelog renderForApply(
            List<SchemaChange> changes,
            Provider provider,
            String migrationId,
            ChangelogFormat format,
            RenderOptions options) {
        return renderEntriesForApply(ChangelogEntry.of(changes), provider, migrationId, format, options);
    }

    private static RenderedChangelog renderEntriesForApply(
            List<ChangelogEntry> entries,
            Provider provider,
            String migrationId,
            ChangelogFormat format,
            RenderOptions options) {
        DatabaseChangeLog changelog = changelogOf(entries, provider, migrationId, format, options);
        String text = LiquibaseScope.run(() -> switch (format) {
            case XML -> xml(changelog);
            case YAML -> yaml(changelog);
            case SQL -> FormattedSqlWriter.write(changelog, provider);
        });
        return new RenderedChangelog(text, changelog, format);
    }

    /** The in-memory changelog of a migration written as XML. */
    public static DatabaseChangeLog toDatabaseChangeLog(
            List<SchemaChange> changes, Provider provider, String migrationId) {
        return toDatabaseChangeLog(changes, provider, migrationId, ChangelogFormat.XML);
    }

    /** The in-memory changelog of a migration; {@code format} only decides its logical file path. */
    public static DatabaseChangeLog toDatabaseChangeLog(
            List<SchemaChange> changes, Provider provider, String migrationId, ChangelogFormat format) {
        return changelogOf(ChangelogEntry.of(changes), provider, migrationId, format, RenderOptions.defaults());
    }

    private static DatabaseChangeLog changelogOf(
            List<ChangelogEntry> entries,
            Provider provider,
            String migrationId,
            ChangelogFormat format,
            RenderOptions options) {
        if (migrationId == null || !migrationId.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("migrationId must be a non-empty directory name of letters, digits, "
                    + "'.', '_' and '-': " + migrationId);
        }
        return LiquibaseScope.run(
                () -> build(entries, provider, migrationId, logicalPath(migrationId, format), options));
    }

    private static DatabaseChangeLog build(
            List<ChangelogEntry> entries, Provider provider, String migrationId, String path, RenderOptions options) {
        LiquibaseChanges dialect = LiquibaseChanges.forProvider(provider, options);
        DatabaseChangeLog changelog = new DatabaseChangeLog(path);
        changelog.setLogicalFilePath(path);
        changelog.setObjectQuotingStrategy(ObjectQuotingStrategy.QUOTE_ALL_OBJECTS);
        int n = 0;
        for (ChangelogEntry entry : entries) {
            String id = migrationId + "-" + ++n;
            if (entry instanceof ChangelogEntry.Sql sql) {
                ChangeSet set = new ChangeSet(
                        id,
                        AUTHOR,
                        false,
                        false,
                        path,
                        null,
                        dialect.dbms(),
                        true,
                        ObjectQuotingStrategy.QUOTE_ALL_OBJECTS,
                        changelog);
                set.setLogicalFilePath(path);
                set.setComments(sql.summary());
                dialect.sql(sql.statements()).forEach(set::addChange);
                dialect.sql(sql.rollback()).forEach(set::addRollbackChange);
                changelog.addChangeSet(set);
                continue;
            }
            SchemaChange change = ((ChangelogEntry.Diff) entry).change();
            LiquibaseChanges.Rendered forward = dialect.render(change);
            ChangeSet set = new ChangeSet(
                    id,
                    AUTHOR,
                    false,
                    false,
                    path,
                    null,
                    dialect.dbms(),
                    forward.runInTransaction(),
                    ObjectQuotingStrategy.QUOTE_ALL_OBJECTS,
                    changelog);
            set.setLogicalFilePath(path);
            set.setComments(comment(change));
            for (Change c : forward.changes()) {
                set.addChange(c);
            }
            if (!forward.automaticRollback()) {
                for (Change c : dialect.render(change.inverse()).changes()) {
                    set.addRollbackChange(c);
                }
            }
            changelog.addChangeSet(set);
        }
        return changelog;
    }

    /** The summary, or for a risky change its level and data-loss sentence. */
    static String comment(SchemaChange change) {
        if (change.dataLoss() == DataLoss.SAFE || change.warning() == null) {
            return change.summary();
        }
        return (change.dataLoss() == DataLoss.DESTRUCTIVE ? "DESTRUCTIVE: " : "DATA-DEPENDENT: ") + change.warning();
    }

    private static String xml(DatabaseChangeLog changelog) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XMLChangeLogSerializer().write(changelog.getChangeSets(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String yaml(DatabaseChangeLog changelog) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new YamlWriter().write(changelog.getChangeSets(), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
