package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.lang.Diagnostic;
import dev.zmodel.lang.ZModelFiles;
import dev.zmodel.pull.DbPull;
import dev.zmodel.pull.PullOptions;
import dev.zmodel.pull.RealSchemas;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The adoption journey on a real public schema per dialect, Chinook (src/test/resources/real-schemas/chinook, its
 * published scripts with their 15,000 rows): pull → validate → baseline → in sync → deploy to an empty database → the
 * same catalog (catalog queries) → the same pull → an added field is one migration, every row kept, nothing else
 * changed, deployed too → status up to date without drift.
 */
class ChinookAdoptionTest {

    @ParameterizedTest
    @EnumSource(Provider.class)
    void adoptsChinook(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider);
                TestDatabase empty = TestDatabases.create(provider)) {
            f.db.execute(RealSchemas.withoutDatabaseStatements(script(provider)));
            Path schema = Files.createDirectories(f.migrations.getParent()).resolve("schema.zmodel");
            String pulled;
            try (Connection c = f.db.connect()) {
                pulled = DbPull.pull(c, null, PullOptions.defaults()).text();
            }
            Files.writeString(schema, pulled);
            assertEquals(
                    List.of(),
                    ZModelFiles.validate(schema).stream()
                            .filter(Diagnostic::isError)
                            .toList(),
                    "the pulled schema validates");

            MigrateBaselineResult baseline = MigrateBaseline.run(f.options());
            assertEquals(List.of(), baseline.notCarried());
            assertEquals(
                    11,
                    baseline.changes().stream()
                            .filter(c -> c instanceof dev.zmodel.diff.CreateTable)
                            .count());
            assertTrue(
                    MigrateDev.run(f.options().withDesired(ZModelProject.desired(schema)))
                            .inSync(),
                    f.allMessages());

            MigrateOptions onEmpty = f.options().withDatabase(MigrateFixture.settings(empty));
            MigrateDeploy.run(onEmpty);
            MigrateBaselineTest.assertSameCatalog(catalog(f.db), catalog(empty));
            try (Connection c = empty.connect()) {
                assertEquals(
                        pulled, DbPull.pull(c, null, PullOptions.defaults()).text(), "the same pull");
            }

            String before = catalog(f.db);
            Map<String, String> rows = AdoptionTest.rowCounts(f.db);
            assertEquals("412", rows.get(provider == Provider.POSTGRESQL ? "invoice" : "Invoice"), rows.toString());
            String model = "model Customer {\n";
            assertTrue(pulled.contains(model), pulled);
            Files.writeString(schema, pulled.replace(model, model + "    loyaltyTier String?\n"));
            MigrateDevResult added = MigrateDev.run(
                    f.options().withDesired(ZModelProject.desired(schema)).withName("add_loyalty_tier"));
            assertEquals(1, added.changes().size(), f.allMessages());
            assertTrue(added.changes().get(0).summary().startsWith("Add column `"), f.allMessages());
            assertTrue(added.createdApplied(), f.allMessages());
            assertEquals(rows, AdoptionTest.rowCounts(f.db), "every row kept");
            String after = catalog(f.db);
            MigrateBaselineTest.assertSameCatalog(
                    before,
                    after.lines().filter(l -> !l.contains("loyaltyTier")).collect(Collectors.joining("\n")));
            MigrateDeploy.run(onEmpty);
            MigrateBaselineTest.assertSameCatalog(after, catalog(empty));
            assertTrue(
                    MigrateStatus.run(f.options().withCheckDrift(true).withFailOnPending(true))
                            .upToDate(),
                    f.allMessages());
        }
    }

    private static String catalog(TestDatabase db) {
        return db.provider() == Provider.POSTGRESQL
                ? AdoptionTest.databaseCatalog(db)
                : MigrateBaselineTest.catalog(db);
    }

    private static String script(Provider provider) throws IOException {
        String file = switch (provider) {
            case POSTGRESQL -> "Chinook_PostgreSql.sql";
            case MYSQL -> "Chinook_MySql.sql";
            case SQLITE -> "Chinook_Sqlite.sql";
        };
        try (InputStream in = ChinookAdoptionTest.class.getResourceAsStream("/real-schemas/chinook/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
