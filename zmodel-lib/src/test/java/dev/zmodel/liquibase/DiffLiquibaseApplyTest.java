package dev.zmodel.liquibase;

import dev.zmodel.Provider;
import dev.zmodel.diff.DiffCases;
import dev.zmodel.diff.DiffResult;
import dev.zmodel.diff.ddl.SchemaApplier;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.Table;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every kind of generated changelog is accepted by plain Liquibase on real databases: a fresh database holds the
 * "from" state (created with our DDL), the migration runs through Liquibase's own {@code update} command, and the
 * catalog then equals that of a database created directly in the "to" state (with the unmanaged objects of
 * "from" still there); {@code rollbackCount} of every changeset brings the "from" catalog back. Scenario-specific
 * checks look at data (renames keep rows, SQLite rebuilds copy them, enum values convert).
 */
class DiffLiquibaseApplyTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (DiffCases.Case c : DiffCases.all()) {
            out.add(Arguments.of(c, ChangelogFormat.XML));
        }
        for (Provider p : Provider.values()) {
            for (DiffCases.Case c : DiffCases.all(p)) {
                if (List.of("create_tables", "alter_columns", "foreign_keys", "enum_values")
                        .contains(c.name())) {
                    out.add(Arguments.of(c, ChangelogFormat.YAML));
                    out.add(Arguments.of(c, ChangelogFormat.SQL));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void updateAndRollback(DiffCases.Case scenario, ChangelogFormat format) throws IOException {
        Provider provider = scenario.provider();
        DiffResult diff = scenario.diff();
        assertFalse(diff.changes().isEmpty(), "the scenario has changes");
        Path dir = Files.createTempDirectory("zt-migrations");
        String migration = "20260101000000_" + scenario.name();
        Files.createDirectories(dir.resolve(migration));
        Files.writeString(
                dir.resolve(migration).resolve(format.fileName()),
                ChangelogRenderer.render(diff.changes(), provider, migration, format));
        MasterChangelog.write(dir);

        try (TestDatabase db = TestDatabases.create(provider);
                TestDatabase expected = TestDatabases.create(provider)) {
            try (var c = db.connect()) {
                SchemaApplier.create(c, scenario.from());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            if (scenario.seed() != null) {
                db.execute(scenario.seed());
            }
            String before = CatalogSnapshot.of(db);
            try (var c = expected.connect()) {
                SchemaApplier.create(c, withUnmanaged(scenario.from(), scenario.to()));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }

            PlainLiquibase.update(db, dir, MasterChangelog.FILE_NAME);
            assertEquals(CatalogSnapshot.of(expected), CatalogSnapshot.of(db), "catalog after update");
            scenario.afterUpdate().accept(db);
            assertEquals(
                    String.valueOf(diff.changes().size()),
                    db.query("SELECT count(*) FROM DATABASECHANGELOG").get(0).get(0));

            PlainLiquibase.rollbackCount(
                    db, dir, MasterChangelog.FILE_NAME, diff.changes().size());
            assertEquals(before, CatalogSnapshot.of(db), "catalog after rollback");
            scenario.afterRollback().accept(db);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The target plus what the migration must leave alone: the check constraints and partial indexes of "from". */
    static DatabaseSchema withUnmanaged(DatabaseSchema from, DatabaseSchema to) {
        List<Table> tables = new ArrayList<>();
        for (Table t : to.tables()) {
            Table f = from.tables().stream()
                    .filter(x -> x.name().equals(t.name()))
                    .findFirst()
                    .orElse(null);
            if (f == null) {
                tables.add(t);
                continue;
            }
            List<Index> indexes = new ArrayList<>(t.indexes());
            f.indexes().stream()
                    .filter(i -> (i.isPartial() || i.hasExpressions())
                            && t.indexes().stream().noneMatch(x -> x.name().equals(i.name())))
                    .forEach(indexes::add);
            var checks = new ArrayList<>(t.checks());
            f.checks().stream().filter(c -> !checks.contains(c)).forEach(checks::add);
            tables.add(new Table(
                    t.schema(),
                    t.name(),
                    t.columns(),
                    t.primaryKey(),
                    indexes,
                    t.foreignKeys(),
                    checks,
                    t.exclusions(),
                    t.comment(),
                    t.traits()));
        }
        return new DatabaseSchema(to.provider(), to.product(), to.namespaces(), tables, to.views(), to.enums());
    }
}
