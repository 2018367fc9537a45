package dev.zmodel.model;

import dev.zmodel.Provider;
import dev.zmodel.diff.DiffOptions;
import dev.zmodel.diff.DiffResult;
import dev.zmodel.diff.RenameHint;
import dev.zmodel.diff.SchemaChange;
import dev.zmodel.diff.SchemaDiff;
import dev.zmodel.diff.ddl.SchemaApplier;
import dev.zmodel.introspect.IntrospectionOptions;
import dev.zmodel.introspect.Introspectors;
import dev.zmodel.lang.SchemaIndex;
import dev.zmodel.liquibase.ChangelogFormat;
import dev.zmodel.liquibase.ChangelogRenderer;
import dev.zmodel.liquibase.MasterChangelog;
import dev.zmodel.liquibase.PlainLiquibase;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The migration engine's property (docs/model.md): for generated pairs of ZModel schemas (a, b) on real PostgreSQL,
 * MariaDB and SQLite — a database holding a (created with our DDL) introspects as a; the changelog of
 * {@code diff(introspect(a), b)} (rename hints translated from ZModel names), applied by plain Liquibase
 * {@code update}, gives a database that introspects as b, and re-diffing gives nothing; {@code rollbackCount} of
 * every changeset gives a database that introspects as a again. {@code diff(a, a)} is empty.
 *
 * <p>{@value #PAIRS_DEFAULT} pairs per database with a fixed seed (system properties {@code zmodel.property.seed}
 * and {@code zmodel.property.pairs} override them); one database per database kind, emptied between pairs. A
 * failure names the seed, the pair and both schemas, the hints and the changes.
 */
class MigrationPropertyTest {
    static final long SEED = Long.getLong("zmodel.property.seed", 20_260_101L);
    static final int PAIRS_DEFAULT = 70;
    static final int PAIRS = Integer.getInteger("zmodel.property.pairs", PAIRS_DEFAULT);

    @ParameterizedTest
    @EnumSource(Provider.class)
    void migrationsBetweenGeneratedSchemasApplyAndRollBack(Provider provider) throws Exception {
        long seed = SEED + provider.ordinal();
        RandomSchemas generator = new RandomSchemas(provider, seed);
        try (TestDatabase db = TestDatabases.create(provider)) {
            int done = 0;
            int attempts = 0;
            while (done < PAIRS) {
                attempts++;
                RandomSchemas.Pair pair = generator.pair();
                String context = "seed " + seed + " (" + provider + "), pair " + attempts + "\nmutations: "
                        + pair.mutations() + "\nhints: " + pair.hints() + "\n--- a ---\n" + pair.from()
                        + "--- b ---\n" + pair.to();
                try {
                    if (check(db, pair)) {
                        done++;
                    }
                } catch (Throwable t) {
                    throw new AssertionError(t.getMessage() + "\n" + context, t);
                } finally {
                    reset(db);
                }
            }
        }
    }

    /** Runs one pair; false when a and b describe the same database (nothing to migrate). */
    private static boolean check(TestDatabase db, RandomSchemas.Pair pair) throws Exception {
        SchemaIndex indexA = ZModelText.index(pair.from());
        SchemaIndex indexB = ZModelText.index(pair.to());
        DatabaseSchema a = RelationalModel.of(indexA, ModelOptions.DEFAULTS);
        DatabaseSchema b = RelationalModel.of(indexB, ModelOptions.DEFAULTS);
        expectEmpty(SchemaDiff.diff(a, a), "diff(a, a)");
        List<RenameHint> hints = RenameHints.translate(indexB, null, pair.hints());

        try (Connection c = db.connect()) {
            SchemaApplier.create(c, a);
        }
        DatabaseSchema current = introspect(db, a);
        expectEmpty(SchemaDiff.diff(current, a), "diff(introspect(a), a) after creating a");

        DiffResult diff = SchemaDiff.diff(current, b, new DiffOptions(hints));
        if (diff.changes().isEmpty()) {
            return false;
        }
        Path dir = Files.createTempDirectory("zt-property");
        try {
            String migration = "20260101000000_pair";
            Files.createDirectories(dir.resolve(migration));
            String changelog = ChangelogRenderer.render(diff.changes(), db.provider(), migration, ChangelogFormat.XML);
            Files.writeString(dir.resolve(migration).resolve(ChangelogFormat.XML.fileName()), changelog);
            MasterChangelog.write(dir);
            String changes = "changes:\n" + summaries(diff) + "\n";
            try {
                PlainLiquibase.update(db, dir, MasterChangelog.FILE_NAME);
            } catch (Throwable t) {
                throw new AssertionError("update failed: " + t.getMessage() + "\n" + changes + changelog, t);
            }
            DatabaseSchema updated = introspect(db, b);
            expectEmpty(SchemaDiff.diff(updated, b), "diff(introspect(after update), b)\n" + changes);
            try {
                PlainLiquibase.rollbackCount(
                        db, dir, MasterChangelog.FILE_NAME, diff.changes().size());
            } catch (Throwable t) {
                throw new AssertionError("rollback failed: " + t.getMessage() + "\n" + changes + changelog, t);
            }
            DatabaseSchema rolledBack = introspect(db, a);
            expectEmpty(SchemaDiff.diff(rolledBack, a), "diff(introspect(after rollback), a)\n" + changes);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return true;
    }

    private static DatabaseSchema introspect(TestDatabase db, DatabaseSchema model) throws SQLException {
        try (Connection c = db.connect()) {
            return Introspectors.introspect(
                    c,
                    IntrospectionOptions.defaults()
                            .withSchemas(
                                    db.provider() == Provider.POSTGRESQL
                                            ? List.of("public", "billing")
                                            : IntrospectionOptions.DEFAULT_SCHEMAS));
        }
    }

    private static void expectEmpty(DiffResult diff, String what) {
        if (!diff.changes().isEmpty()) {
            throw new AssertionError(what + " is not empty:\n" + summaries(diff));
        }
    }

    private static String summaries(DiffResult diff) {
        return diff.changes().stream().map(SchemaChange::summary).collect(Collectors.joining("\n"));
    }

    /** Empties the database for the next pair. */
    private static void reset(TestDatabase db) throws Exception {
        switch (db.provider()) {
            case POSTGRESQL ->
                db.execute("DROP SCHEMA IF EXISTS billing CASCADE; DROP SCHEMA public CASCADE; "
                        + "CREATE SCHEMA public;");
            case MYSQL -> {
                try (Connection c = db.connect();
                        Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE `" + db.name() + "`");
                    s.execute("CREATE DATABASE `" + db.name() + "`");
                }
            }
            case SQLITE -> {
                Files.deleteIfExists(Path.of(db.name()));
            }
        }
    }
}
