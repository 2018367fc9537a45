package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** migrate-deploy: pending migrations once, idempotent, edited migrations named, concurrent runs serialized. */
class MigrateDeployTest {

    /** Two migrations (init, posts) written by migrate-dev on the fixture's database. */
    static void twoMigrations(MigrateFixture f) {
        MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
        MigrateDev.run(f.options(MigrateFixture.v2()).withName("posts"));
    }

    static MigrateOptions deployTo(MigrateFixture f, TestDatabase target) {
        return MigrateOptions.of(MigrateFixture.settings(target), f.migrations).withListener(f.listener());
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void appliesPendingMigrationsOnceAndSaysSoTheSecondTime(Provider provider) {
        try (MigrateFixture f = new MigrateFixture(provider);
                TestDatabase target = TestDatabases.create(provider)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            f.info.clear();
            MigrateDeployResult first = MigrateDeploy.run(deployTo(f, target));
            assertEquals(
                    List.of("20261122093100_init"),
                    first.applied().stream().map(Migration::id).toList());
            assertTrue(f.info.contains("Applied migration 20261122093100_init"), f.allMessages());

            MigrateDev.run(f.options(MigrateFixture.v2()).withName("posts"));
            MigrateDeployResult second = MigrateDeploy.run(deployTo(f, target));
            assertEquals(
                    List.of("20261122093200_posts"),
                    second.applied().stream().map(Migration::id).toList());
            assertEquals(1, second.alreadyApplied());

            f.info.clear();
            MigrateDeployResult third = MigrateDeploy.run(deployTo(f, target));
            assertTrue(third.upToDate());
            assertEquals(
                    "No pending migrations: " + MigrateFixture.settings(target).displayUrl()
                            + " is up to date (2 migration(s) applied).",
                    f.info.get(f.info.size() - 1));
            assertEquals(
                    f.scalar("SELECT count(*) FROM DATABASECHANGELOG"),
                    target.query("SELECT count(*) FROM DATABASECHANGELOG")
                            .get(0)
                            .get(0));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void twoConcurrentDeploysOnAFreshDatabaseApplyEveryChangesetOnce(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider)) {
            twoMigrations(f);
            long changesets = f.historyRows();
            for (int round = 0; round < 3; round++) {
                try (TestDatabase target = TestDatabases.create(provider)) {
                    CountDownLatch start = new CountDownLatch(1);
                    ExecutorService pool = Executors.newFixedThreadPool(2);
                    List<Future<MigrateDeployResult>> runs = new ArrayList<>();
                    for (int i = 0; i < 2; i++) {
                        runs.add(pool.submit(() -> {
                            start.await();
                            return MigrateDeploy.run(deployTo(f, target));
                        }));
                    }
                    start.countDown();
                    int applied = 0;
                    for (Future<MigrateDeployResult> run : runs) {
                        applied += run.get(2, TimeUnit.MINUTES).applied().size();
                    }
                    pool.shutdown();
                    assertEquals(2, applied, "each migration applied by exactly one of the runs");
                    assertEquals(
                            String.valueOf(changesets),
                            target.query("SELECT count(*) FROM DATABASECHANGELOG")
                                    .get(0)
                                    .get(0));
                    assertEquals(
                            String.valueOf(changesets),
                            target.query("SELECT count(DISTINCT ID) FROM DATABASECHANGELOG")
                                    .get(0)
                                    .get(0));
                    assertEquals(
                            "0",
                            target.query("SELECT count(*) FROM posts").get(0).get(0));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void anEditedAppliedMigrationStopsTheDeployBeforeAnythingRuns(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider);
                TestDatabase target = TestDatabases.create(provider)) {
            Migration init = MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"))
                    .created();
            MigrateDeploy.run(deployTo(f, target));
            MigrateDev.run(f.options(MigrateFixture.v2()).withName("posts"));
            Files.writeString(init.file(), Files.readString(init.file()).replace("100)", "101)"));
            var e = assertThrows(ZModelException.class, () -> MigrateDeploy.run(deployTo(f, target)));
            assertTrue(
                    e.getMessage()
                            .startsWith("migrate-deploy stopped before applying anything: 1 applied "
                                    + "migration(s) of "
                                    + MigrateFixture.settings(target).displayUrl() + " changed since:\n"
                                    + "  - 20261122093100_init (edited after it was applied: changeset 20261122093100_init-1 changed "
                                    + "after it was applied (checksum mismatch))"),
                    e.getMessage());
            assertEquals(
                    "0",
                    target.query(
                                    switch (provider) {
                                        case SQLITE -> "SELECT count(*) FROM sqlite_master WHERE name = 'posts'";
                                        case MYSQL ->
                                            "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                                                    + "AND table_name = 'posts'";
                                        case POSTGRESQL ->
                                            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'posts'";
                                    })
                            .get(0)
                            .get(0),
                    "the pending migration did not run");
        }
    }

    @Test
    void aStaleLiquibaseLockIsReleasedOnRequest() {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase target = TestDatabases.create(Provider.POSTGRESQL)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            MigrateDeploy.run(deployTo(f, target));
            target.execute("UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKGRANTED = now(), LOCKEDBY = 'crashed'");
            MigrateDev.run(f.options(MigrateFixture.v2()).withName("posts"));
            MigrateDeployResult r = MigrateDeploy.run(deployTo(f, target).withReleaseLock(true));
            assertTrue(r.releasedLock());
            assertEquals(1, r.applied().size());
            assertTrue(
                    f.warnings.stream().anyMatch(w -> w.contains("held by crashed") && w.contains("released it")),
                    f.allMessages());
            assertEquals(
                    "f",
                    target.query("SELECT LOCKED FROM DATABASECHANGELOGLOCK")
                            .get(0)
                            .get(0));
        }
    }

    @Test
    void noMigrationsIsAWarningNotAFailure() {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            assertTrue(MigrateDeploy.run(f.options()).upToDate());
            assertTrue(f.warnings.get(0).startsWith("No migrations found in "), f.allMessages());
            assertFalse(Files.exists(f.migrations));
        }
    }
}
