package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.liquibase.ChangelogFormat;
import dev.zmodel.liquibase.LiquibaseRunner;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * migrate-dev applies the migration it has just written from the changesets it rendered, without Liquibase parsing the
 * file (or the earlier migrations) again; formatted SQL is parsed as before. Either way the history rows are exactly
 * those a deploy of the files writes into another database, and the next migrate-dev, which parses the files, finds
 * nothing edited and nothing to do.
 */
class InMemoryApplyTest {

    static Stream<Arguments> providersAndFormats() {
        List<Arguments> out = new ArrayList<>();
        for (Provider p : Provider.values()) {
            for (ChangelogFormat f : ChangelogFormat.values()) {
                out.add(Arguments.of(p, f));
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("providersAndFormats")
    void theNewMigrationIsAppliedAsRenderedWithTheHistoryADeployWrites(Provider provider, ChangelogFormat format)
            throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider);
                TestDatabase deployed = TestDatabases.create(provider)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init").withChangelogFormat(format));
            f.db.execute("INSERT INTO users (id, email) VALUES (1, 'a@example.com')");
            MigrateDev.run(f.options(MigrateFixture.v2()).withName("add_posts").withChangelogFormat(format));
            long fromMemory = f.debug.stream()
                    .filter(m -> m.startsWith(LiquibaseRunner.FROM_MEMORY))
                    .count();
            assertEquals(format == ChangelogFormat.SQL ? 0 : 2, fromMemory, String.join("\n", f.debug));
            assertEquals("1", f.scalar("SELECT count(*) FROM users"), "the data is kept");
            assertEquals("0", f.scalar("SELECT count(*) FROM posts"));

            MigrateDeploy.run(f.options().withDatabase(MigrateFixture.settings(deployed)));
            String columns = "ID, AUTHOR, FILENAME, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, "
                    + "LIQUIBASE, ORDEREXECUTED";
            String rows = "SELECT " + columns + " FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED";
            List<List<String>> written = f.db.query(rows);
            assertEquals(
                    List.of(
                            "20261122093100_init/" + format.fileName(),
                            "20261122093200_add_posts/" + format.fileName()),
                    written.stream().map(r -> r.get(2)).distinct().toList());
            assertEquals(deployed.query(rows), written);

            f.info.clear();
            MigrateDevResult again =
                    MigrateDev.run(f.options(MigrateFixture.v2()).withChangelogFormat(format));
            assertTrue(again.inSync(), f.allMessages());
            assertFalse(f.allMessages().contains("edited"), f.allMessages());
        }
    }
}
