package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.Connections;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.diff.CreateEnum;
import dev.zmodel.diff.CreateExtension;
import dev.zmodel.diff.CreateSchema;
import dev.zmodel.diff.CreateTable;
import dev.zmodel.diff.SchemaChange;
import dev.zmodel.diff.SchemaDiff;
import dev.zmodel.liquibase.AppliedChangeset;
import dev.zmodel.liquibase.ChangelogEntry;
import dev.zmodel.liquibase.ChangelogHistory;
import dev.zmodel.liquibase.ChangelogRenderer;
import dev.zmodel.liquibase.LiquibaseRunner;
import dev.zmodel.liquibase.RenderOptions;
import dev.zmodel.schema.DatabaseSchema;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.zmodel.PropertyNames.APPLIED;
import static dev.zmodel.PropertyNames.NAME;
import static dev.zmodel.PropertyNames.ROLLED_BACK;
import static dev.zmodel.PropertyNames.flag;

/**
 * {@code migrate-baseline} (docs/migrations.md#adopting-an-existing-database): adopts a database that has no
 * migration history. It writes one migration, {@code <timestamp>_<name>} ({@code name} defaults to
 * {@value #DEFAULT_NAME}), that recreates the database's schema, adds it to the master changelog, and records it as
 * applied on that database without running it (Liquibase {@code changelogSync}). The migration is
 * <ul>
 *   <li>the differ's changes from an empty database to the introspected one, rendered like {@code migrate-dev}
 *       renders a migration (schemas, enum types, tables with their columns, keys, indexes, checks, generated
 *       columns and comments, foreign keys), so a database built from it introspects as the original;</li>
 *   <li>plus what ZModel cannot express, as SQL taken from the database's own definitions ({@link BaselineCatalog}:
 *       views, functions, triggers, sequences, domains, composite and range types, aggregates, rules, policies,
 *       partition attachments, other comments), placed where their dependencies hold.</li>
 * </ul>
 * What it does not recreate is named in one warning (and in the result), never dropped silently. It refuses a
 * database with history rows, a migrations directory that already has migrations, and a database without tables.
 */
public final class MigrateBaseline {
    /** The migration name when none is given. */
    public static final String DEFAULT_NAME = "baseline";

    private static final String GOAL = "migrate-baseline";

    private MigrateBaseline() {}

    public static MigrateBaselineResult run(MigrateOptions options) {
        Listener listener = options.listener();
        String db = options.database().displayUrl();
        MigrationsDirectory dir = MigrationsDirectory.read(options.migrations(), options.provider());
        MigrateDialect dialect = MigrateDialect.forProvider(options.provider());
        dialect.requireExisting(options.database(), GOAL);
        try (Connection c = Connections.open(options.database(), GOAL);
                AutoCloseable lock = dialect.lock(c, options.lockTimeout(), listener)) {
            LiquibaseLock.awaitFree(c, options, false, GOAL);
            List<AppliedChangeset> history =
                    ChangelogHistory.read(c, options.database().liquibase());
            if (!history.isEmpty()) {
                AppliedChangeset last = history.get(history.size() - 1);
                throw new ZModelException(GOAL + " refuses " + db + ": it already has a migration history ("
                        + history.size() + " changeset(s) in "
                        + ChangelogHistory.historyTable(options.database().liquibase()) + ", the last one " + last.id()
                        + " of " + last.fileName() + "). A baseline is only for a database without one, where it "
                        + "records the first migration. Nothing was written. See what the database has applied with "
                        + "mvn zenstack:migrate-status.");
            }
            if (!dir.migrations().isEmpty()) {
                String first = dir.migrations().get(0).id();
                throw new ZModelException(GOAL + " writes the first migration of a project, and " + dir.path()
                        + " already has " + dir.migrations().size() + " migration(s), the first one " + first
                        + ". Nothing was written. If " + first + " is the baseline of this database's schema, record "
                        + "it as applied on " + db + " without running it: mvn zenstack:migrate-resolve "
                        + flag(APPLIED, first) + ".");
            }
            listener.info("Reading " + db + " for the baseline");
            DatabaseSchema database = OwnedTables.of(options).of(Schemas.read(c, options.database(), listener));
            BaselineObjects objects =
                    BaselineCatalog.forProvider(options.provider()).read(c, database);
            if (database.tables().isEmpty()
                    && database.enums().isEmpty()
                    && objects.all().isEmpty()) {
                throw new ZModelException(GOAL + " found nothing to baseline in " + db + ": it has no tables, views "
                        + "or types"
                        + (Dialect.of(options.provider()).facts().schemas()
                                ? " in " + String.join(", ", database.namespaces())
                                : "")
                        + ". Nothing was written. Start the project's migrations with mvn "
                        + "zenstack:migrate-dev " + flag(NAME, "init") + ".");
            }
            List<SchemaChange> changes = SchemaDiff.diff(DatabaseSchema.empty(options.provider()), database)
                    .changes();
            List<ChangelogEntry> entries = order(changes, objects);
            String name = options.name() == null ? DEFAULT_NAME : options.name();
            Migration created = dir.create(
                    name,
                    options.clock().instant(),
                    options.changelogFormat(),
                    options.provider(),
                    id -> ChangelogRenderer.renderEntries(
                            entries,
                            options.provider(),
                            id,
                            options.changelogFormat(),
                            RenderOptions.defaults()
                                    .withDefaultSchema(Schemas.unqualified(options.database()))
                                    .withServerCharset()
                                    .withTableOptions(objects.tableOptions())));
            listener.info("Created the baseline migration " + created.file() + " (" + entries.size()
                    + " changeset(s)): " + contents(changes, objects) + ".");
            try {
                LiquibaseRunner.changelogSync(
                        c, options.database().liquibase(), dir.path(), created.relativeFile(), listener);
            } catch (ZModelException e) {
                throw new ZModelException(
                        "The baseline migration " + created.id() + " was written but could not be "
                                + "recorded as applied on " + db + ": " + e.getMessage() + "\nRecord it with mvn "
                                + "zenstack:migrate-resolve " + flag(APPLIED, created.id()) + ", or delete "
                                + created.file().getParent() + " and run " + GOAL + " again.",
                        e);
            }
            List<String> notCarried = objects.notCarried();
            if (!notCarried.isEmpty()) {
                listener.warn("The baseline " + created.id() + " does not recreate " + notCarried.size() + " object(s) "
                        + "of " + db + "; a database built from the migrations will not have them:\n  - "
                        + String.join("\n  - ", notCarried) + "\nTo carry them, add them to " + created.file()
                        + " before it is deployed anywhere, then record the edited file on " + db + " with mvn "
                        + "zenstack:migrate-resolve " + flag(ROLLED_BACK, created.id()) + " followed by mvn "
                        + "zenstack:migrate-resolve " + flag(APPLIED, created.id()) + ".");
            }
            listener.info("Recorded the baseline " + created.id() + " as applied on " + db + " without running it: "
                    + "the database already has its schema. Commit " + dir.path() + "; from now on change the schema "
                    + "and run mvn zenstack:migrate-dev, and mvn zenstack:migrate-deploy builds the same schema on an "
                    + "empty database.");
            return new MigrateBaselineResult(
                    created,
                    changes,
                    objects.all().stream().map(ChangelogEntry.Sql::summary).toList(),
                    notCarried,
                    entries.size());
        } catch (ZModelException e) {
            throw e;
        } catch (Exception e) {
            throw Privileges.failure(GOAL, options.database(), e);
        }
    }

    /**
     * Dependencies first: schemas, extensions, collations, enum types, sequences and functions that need no table, then the
     * tables and foreign keys, then functions over tables, views, triggers and comments.
     */
    static List<ChangelogEntry> order(List<SchemaChange> changes, BaselineObjects objects) {
        List<ChangelogEntry> out = new ArrayList<>();
        changes.stream()
                .filter(c -> c instanceof CreateSchema || c instanceof CreateExtension)
                .map(ChangelogEntry.Diff::new)
                .forEach(out::add);
        out.addAll(objects.beforeTypes());
        changes.stream()
                .filter(c -> c instanceof CreateEnum)
                .map(ChangelogEntry.Diff::new)
                .forEach(out::add);
        out.addAll(objects.beforeTables());
        changes.stream()
                .filter(c ->
                        !(c instanceof CreateSchema) && !(c instanceof CreateExtension) && !(c instanceof CreateEnum))
                .map(ChangelogEntry.Diff::new)
                .forEach(out::add);
        out.addAll(objects.afterTables());
        return out;
    }

    /** "12 tables, 2 enum types, and as SQL from the database: 1 view, 1 function, 1 trigger, 3 comments". */
    private static String contents(List<SchemaChange> changes, BaselineObjects objects) {
        long tables = changes.stream().filter(c -> c instanceof CreateTable).count();
        long enums = changes.stream().filter(c -> c instanceof CreateEnum).count();
        long extensions =
                changes.stream().filter(c -> c instanceof CreateExtension).count();
        StringBuilder b = new StringBuilder(tables + " table(s)");
        if (enums > 0) {
            b.append(", ").append(enums).append(" enum type(s)");
        }
        if (extensions > 0) {
            b.append(", ").append(extensions).append(" extension(s)");
        }
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (ChangelogEntry.Sql sql : objects.all()) {
            String s = sql.summary();
            String kind = s.startsWith("Comment on ") ? "comment" : s.substring(s.indexOf(' ') + 1, s.indexOf(" `"));
            kinds.merge(kind, 1, Integer::sum);
        }
        if (!kinds.isEmpty()) {
            b.append(", and as SQL from the database: ")
                    .append(kinds.entrySet().stream()
                            .map(e -> e.getValue() + " " + e.getKey() + "(s)")
                            .collect(Collectors.joining(", ")));
        }
        return b.toString();
    }
}
