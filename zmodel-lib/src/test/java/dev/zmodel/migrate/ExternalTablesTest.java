package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.diff.SchemaChange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tables the project does not own (Prisma's {@code tables.external}): excluded by the {@code exclude} globs db pull
 * honours, they are never created, changed, dropped, reset or reported as drift by the migration workflows.
 */
class ExternalTablesTest {
    private static final List<String> EXCLUDE = List.of("legacy_*");

    @ParameterizedTest
    @EnumSource(Provider.class)
    void anExcludedTableSurvivesMigrateDevDbPushDiffAndReset(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            f.db.execute(foreignTable(provider) + ";INSERT INTO legacy_queue (id, payload) VALUES (1, 'keep me')");

            // without the glob the foreign table is drift: the control that the assertions below can fail
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init").withExclude(EXCLUDE));
            var drift = assertThrows(
                    ZModelException.class, () -> MigrateStatus.run(f.options().withCheckDrift(true)));
            assertTrue(drift.getMessage().contains("Drift"), drift.getMessage());
            assertTrue(f.allMessages().contains("legacy_queue"), f.allMessages());

            // the schema may even describe the foreign table (to query it): migrations leave it alone
            String desired = MigrateFixture.v1() + ";CREATE TABLE legacy_queue (id INTEGER NOT NULL PRIMARY KEY)";
            assertTrue(
                    MigrateDev.run(f.options(desired).withExclude(EXCLUDE)).inSync(),
                    "no drift, nothing to create or drop: " + f.allMessages());
            assertTrue(MigrateStatus.run(f.options().withCheckDrift(true).withExclude(EXCLUDE))
                    .upToDate());

            // a relation to the foreign table: its foreign key is not the migrations' (the shadow has no legacy_queue)
            MigrateDevResult jobs = MigrateDev.run(f.options(
                            desired + ";CREATE TABLE jobs (id INTEGER NOT NULL PRIMARY KEY, "
                                    + "queue_id INTEGER, CONSTRAINT jobs_queue_fkey FOREIGN KEY (queue_id) REFERENCES legacy_queue (id))")
                    .withExclude(EXCLUDE)
                    .withName("add_jobs"));
            assertEquals(1, jobs.changes().size(), jobs.changes().toString());
            assertFalse(java.nio.file.Files.readString(jobs.created().file()).contains("legacy"));

            DbPushResult pushed = DbPush.run(f.options(MigrateFixture.v2()).withExclude(EXCLUDE));
            assertFalse(pushed.changes().isEmpty());
            assertNoMention(pushed.changes());
            assertKept(f);

            MigrateDiffResult diff = MigrateDiff.run(
                    f.options().withExclude(EXCLUDE),
                    new DiffSource(DiffSource.Kind.URL, f.settings().jdbcUrl()),
                    new DiffSource(DiffSource.Kind.EMPTY, null));
            assertFalse(diff.isEmpty());
            assertNoMention(diff.diff().changes());

            MigrateReset.run(f.options().withForce(true).withExclude(EXCLUDE), List.of());
            assertKept(f);
            assertTrue(
                    f.allMessages().contains("kept the table(s) it does not own: "),
                    "the reset names what it kept: " + f.allMessages());
            assertTrue(
                    MigrateStatus.run(f.options()
                                    .withCheckDrift(true)
                                    .withFailOnPending(true)
                                    .withExclude(EXCLUDE))
                            .upToDate(),
                    "the pushed posts table is gone (the migrations do not create it), legacy_queue is no drift");
        }
    }

    /** Another application's table; on PostgreSQL with an enum type of its own, which is theirs too. */
    private static String foreignTable(Provider provider) {
        if (provider == Provider.POSTGRESQL) {
            return "CREATE TYPE legacy_state AS ENUM ('new', 'done');"
                    + "CREATE TABLE legacy_queue (id INTEGER NOT NULL PRIMARY KEY, payload VARCHAR(100), "
                    + "state legacy_state NOT NULL DEFAULT 'new')";
        }
        return "CREATE TABLE legacy_queue (id INTEGER NOT NULL PRIMARY KEY, payload VARCHAR(100))";
    }

    private static void assertKept(MigrateFixture f) {
        assertEquals(List.of(List.of("1", "keep me")), f.db.query("SELECT id, payload FROM legacy_queue"));
        if (f.provider == Provider.POSTGRESQL) {
            assertEquals(List.of(List.of("new")), f.db.query("SELECT state::text FROM legacy_queue"));
        }
    }

    private static void assertNoMention(List<SchemaChange> changes) {
        assertNotNull(changes);
        changes.forEach(c -> assertFalse(c.summary().contains("legacy"), c.summary()));
    }
}
