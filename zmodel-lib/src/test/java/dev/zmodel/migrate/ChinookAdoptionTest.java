package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.pull.RealSchemas;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
            AdoptionJourney journey = AdoptionJourney.of(f);
            String pulled = journey.pullValid();

            MigrateBaselineResult baseline = journey.baselineCarryingAll();
            assertEquals(
                    11,
                    baseline.changes().stream()
                            .filter(c -> c instanceof dev.zmodel.diff.CreateTable)
                            .count());
            journey.assertInSync();

            journey.deployInto(empty);
            MigrateBaselineTest.assertSameCatalog(catalog(f.db), catalog(empty));
            journey.assertSamePull(empty, pulled);

            String before = catalog(f.db);
            Map<String, String> rows = AdoptionTest.rowCounts(f.db);
            assertEquals("412", rows.get(provider == Provider.POSTGRESQL ? "invoice" : "Invoice"), rows.toString());
            String model = "model Customer {\n";
            assertTrue(pulled.contains(model), pulled);
            MigrateDevResult added =
                    journey.migrateDev(pulled.replace(model, model + "    loyaltyTier String?\n"), "add_loyalty_tier");
            assertEquals(1, added.changes().size(), f.allMessages());
            assertTrue(added.changes().get(0).summary().startsWith("Add column `"), f.allMessages());
            assertTrue(added.createdApplied(), f.allMessages());
            assertEquals(rows, AdoptionTest.rowCounts(f.db), "every row kept");
            String after = catalog(f.db);
            MigrateBaselineTest.assertSameCatalog(
                    before,
                    after.lines().filter(l -> !l.contains("loyaltyTier")).collect(Collectors.joining("\n")));
            journey.deployInto(empty);
            MigrateBaselineTest.assertSameCatalog(after, catalog(empty));
            journey.assertUpToDate();
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
