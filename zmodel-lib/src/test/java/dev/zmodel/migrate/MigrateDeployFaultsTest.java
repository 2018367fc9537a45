package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.datasource.LiquibaseSettings;
import dev.zmodel.liquibase.ChangelogHistory;
import dev.zmodel.liquibase.LiquibaseRunner;
import dev.zmodel.testing.RecordingListener;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static dev.zmodel.migrate.FaultMigrations.INIT;
import static dev.zmodel.migrate.FaultMigrations.SLOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * migrate-deploy under faults: a session killed mid-changeset, the server going away mid-changeset (a TCP proxy
 * that is shut down), and a Liquibase lock left behind. Each test checks the one error the user sees, what
 * migrate-status says afterwards, and that a rerun completes with every changeset applied exactly once.
 */
class MigrateDeployFaultsTest {
    private static final Duration SEEN = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    private final RecordingListener recorded = new RecordingListener();

    private Listener listener() {
        return recorded;
    }

    private MigrateOptions options(ConnectionSettings settings, Path dir) {
        return MigrateOptions.of(settings, dir).withListener(listener());
    }

    private static CompletableFuture<MigrateDeployResult> deployInBackground(MigrateOptions options) {
        return CompletableFuture.supplyAsync(() -> MigrateDeploy.run(options));
    }

    private static MigrationFailedException failure(CompletableFuture<MigrateDeployResult> run) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> run.get(2, TimeUnit.MINUTES));
        return assertInstanceOf(MigrationFailedException.class, e.getCause(), String.valueOf(e.getCause()));
    }

    private static String lostConnectionPrefix(ConnectionSettings settings) {
        return "Migration " + SLOW + " failed on " + settings.displayUrl() + " at changeset " + SLOW + "-2: the "
                + "connection to the database was lost (";
    }

    private static String dialectNote(Provider provider) {
        return MigrateDialect.forProvider(provider).afterFailedChangeset();
    }

    /** MariaDB keeps the CREATE TABLE of the slow changeset: the message prints its rollback to run first. */
    private static String leftByFailed(Provider provider) {
        return provider == Provider.MYSQL
                ? "\nUndo the statements of changeset " + SLOW + "-2 that finished before the failure before running "
                        + "again (its rollback; run the statements whose objects exist):\n  -- undoes changeset " + SLOW
                        + "-2\n  DROP TABLE t_slow_b;"
                : "";
    }

    /** migrate-status fails on the partially applied migration and says which changeset did not run. */
    private static void assertStatusSaysPartiallyApplied(MigrateOptions options) {
        ZModelException status = assertThrows(ZModelException.class, () -> MigrateStatus.run(options));
        assertTrue(
                status.getMessage()
                        .startsWith("migrate-status: differences: Migration " + SLOW + " (partially applied: 1 of 2 "
                                + "changesets ran; changeset " + SLOW + "-2 did not run): it failed part-way"),
                status.getMessage());
    }

    private static void assertEveryChangesetOnce(TestDatabase db) {
        assertEquals(
                List.of(List.of("3", "3")), db.query("SELECT count(*), count(DISTINCT ID) FROM DATABASECHANGELOG"));
        for (String table : List.of("t_init", "t_slow_a", "t_slow_b")) {
            assertTrue(FaultMigrations.tableExists(db, table), table);
        }
    }

    private static boolean liquibaseLocked(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return ChangelogHistory.lock(c, LiquibaseSettings.defaults()).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void aSessionKilledMidChangesetFailsNamingTheMigrationAndARerunCompletes(Provider provider) throws Exception {
        try (TestDatabase db = TestDatabases.create(provider)) {
            Path dir = FaultMigrations.write(tmp.resolve("migrations"), provider, 4);
            ConnectionSettings settings = MigrateFixture.settings(db);
            MigrateOptions options = options(settings, dir);

            CompletableFuture<MigrateDeployResult> run = deployInBackground(options);
            FaultMigrations.kill(db, FaultMigrations.awaitSleepingSession(db, SEEN));
            MigrationFailedException e = failure(run);

            assertEquals(SLOW, e.migration());
            assertTrue(e.connectionLost());
            assertTrue(
                    e.getMessage()
                            .startsWith(lostConnectionPrefix(settings)
                                    + (provider == Provider.POSTGRESQL
                                            ? "FATAL: terminating connection due to administrator command).\n"
                                            : "")),
                    e.getMessage());
            assertFalse(e.getMessage().contains("liquibase.exception"), "no Java class names: " + e.getMessage());
            assertTrue(
                    recorded.warnings().stream()
                            .anyMatch(
                                    w -> w.startsWith("Changeset " + SLOW + "-2 failed: ") && !w.contains("Exception")),
                    String.join("\n", recorded.warnings()));
            assertTrue(
                    e.getMessage()
                            .endsWith(
                                    "\n" + dialectNote(provider) + leftByFailed(provider) + "\nCheck the database with "
                                            + "mvn zenstack:migrate-status, then run mvn zenstack:migrate-deploy again: it continues "
                                            + "with changeset "
                                            + SLOW + "-2.\n"
                                            + "The Liquibase lock this run held was released on a new connection."),
                    e.getMessage());
            assertFalse(liquibaseLocked(db), "the lock the killed run held was released");

            assertStatusSaysPartiallyApplied(options);
            assertTrue(FaultMigrations.tableExists(db, "t_slow_a"), "changeset 1 committed");
            // PostgreSQL rolled changeset 2 back; MariaDB committed its CREATE TABLE before the sleep
            assertEquals(provider == Provider.MYSQL, FaultMigrations.tableExists(db, "t_slow_b"));

            if (provider == Provider.MYSQL) {
                MigrationFailedException again =
                        assertThrows(MigrationFailedException.class, () -> MigrateDeploy.run(options));
                assertFalse(again.connectionLost());
                assertTrue(
                        again.getMessage()
                                .startsWith("Migration " + SLOW + " failed on " + settings.displayUrl()
                                        + " at changeset " + SLOW + "-2: "),
                        again.getMessage());
                assertTrue(again.getMessage().contains("t_slow_b' already exists"), again.getMessage());
                db.execute("DROP TABLE t_slow_b"); // what the failure message tells the user to do
            }
            MigrateDeployResult rerun = MigrateDeploy.run(options);
            assertEquals(
                    List.of(SLOW), rerun.applied().stream().map(Migration::id).toList());
            assertTrue(
                    recorded.warnings().stream()
                            .anyMatch(w -> w.startsWith("Continuing the partially applied migration " + SLOW)),
                    String.join("\n", recorded.warnings()));
            assertEveryChangesetOnce(db);
            assertTrue(MigrateStatus.run(options.withFailOnPending(true)).upToDate());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"POSTGRESQL", "MYSQL"})
    void aServerStoppedMidChangesetFailsNamingTheMigrationAndTheLeftLockIsExplainedAndReleased(Provider provider)
            throws Exception {
        try (TestDatabase db = TestDatabases.create(provider);
                TcpProxy proxy = TcpProxy.inFrontOf(db.jdbcUrl())) {
            Path dir = FaultMigrations.write(tmp.resolve("migrations"), provider, 3);
            ConnectionSettings direct = MigrateFixture.settings(db);
            ConnectionSettings proxied = new ConnectionSettings(
                    provider, proxy.route(direct.jdbcUrl()), direct.user(), direct.password(), direct.schemas());

            CompletableFuture<MigrateDeployResult> run = deployInBackground(options(proxied, dir));
            long session = FaultMigrations.awaitSleepingSession(db, SEEN);
            proxy.close(); // "the server stopped": every connection cut, new ones refused
            MigrationFailedException e = failure(run);

            assertEquals(SLOW, e.migration());
            assertTrue(e.connectionLost());
            assertTrue(e.getMessage().startsWith(lostConnectionPrefix(proxied)), e.getMessage());
            assertTrue(
                    e.getMessage().contains("\n" + dialectNote(provider) + leftByFailed(provider) + "\n"),
                    e.getMessage());
            assertTrue(
                    e.getMessage()
                            .endsWith("\nCheck the database with mvn zenstack:migrate-status, then run mvn "
                                    + "zenstack:migrate-deploy again: it continues with changeset " + SLOW
                                    + "-2.\nLiquibase's lock (DATABASECHANGELOGLOCK) may "
                                    + "still be held by this run (the database could not be reached again to release it); the next "
                                    + "migrate-deploy says so and -Dzenstack.releaseLock=true releases it."),
                    e.getMessage());

            // "the server is back": the direct URL. The server ends the cut session once its statement is over.
            MigrateOptions options = options(direct, dir).withLiquibaseLockWait(Duration.ofSeconds(1));
            long deadline = System.nanoTime() + SEEN.toNanos();
            while (FaultMigrations.sessionAlive(db, session) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertStatusSaysPartiallyApplied(options);
            assertTrue(
                    recorded.warnings().stream()
                            .anyMatch(w -> w.startsWith("Liquibase's lock is held by "
                                    + LiquibaseRunner.lockOwnerOfThisHost() + " since ")),
                    String.join("\n", recorded.warnings()));
            assertEquals(provider == Provider.MYSQL, FaultMigrations.tableExists(db, "t_slow_b"));

            ZModelException locked = assertThrows(ZModelException.class, () -> MigrateDeploy.run(options));
            assertTrue(
                    locked.getMessage()
                            .startsWith("migrate-deploy cannot start on " + direct.displayUrl()
                                    + ": Liquibase's lock (DATABASECHANGELOGLOCK) is held by "
                                    + LiquibaseRunner.lockOwnerOfThisHost()
                                    + " since "),
                    locked.getMessage());
            assertTrue(
                    locked.getMessage().contains("mvn zenstack:migrate-deploy -Dzenstack.releaseLock=true"),
                    locked.getMessage());

            if (provider == Provider.MYSQL) {
                assertThrows(MigrationFailedException.class, () -> MigrateDeploy.run(options.withReleaseLock(true)));
                db.execute("DROP TABLE t_slow_b");
                assertEquals(
                        List.of(SLOW),
                        MigrateDeploy.run(options).applied().stream()
                                .map(Migration::id)
                                .toList());
            } else {
                MigrateDeployResult rerun = MigrateDeploy.run(options.withReleaseLock(true));
                assertTrue(rerun.releasedLock());
                assertEquals(
                        List.of(SLOW),
                        rerun.applied().stream().map(Migration::id).toList());
            }
            assertEveryChangesetOnce(db);
            assertFalse(liquibaseLocked(db));
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void aLiquibaseLockLeftBehindIsExplainedAfterAShortWaitAndReleasedOnRequest(Provider provider) throws Exception {
        try (TestDatabase db = TestDatabases.create(provider)) {
            Path dir = FaultMigrations.write(tmp.resolve("migrations"), provider, 0);
            ConnectionSettings settings = MigrateFixture.settings(db);
            MigrateOptions options = options(settings, dir).withLiquibaseLockWait(Duration.ofSeconds(1));
            MigrateDeploy.run(options);
            db.execute("UPDATE DATABASECHANGELOGLOCK SET LOCKED = " + (provider == Provider.POSTGRESQL ? "TRUE" : "1")
                    + ", LOCKGRANTED = CURRENT_TIMESTAMP, LOCKEDBY = 'build-agent-7 (10.1.2.3)'");

            ZModelException e = assertTimeoutPreemptively(
                    Duration.ofSeconds(60),
                    () -> assertThrows(ZModelException.class, () -> MigrateDeploy.run(options)),
                    "not Liquibase's 5-minute wait");
            assertTrue(
                    e.getMessage()
                            .startsWith(
                                    "migrate-deploy cannot start on " + settings.displayUrl()
                                            + ": Liquibase's lock (DATABASECHANGELOGLOCK) is held by build-agent-7 (10.1.2.3) since "),
                    e.getMessage());
            assertTrue(
                    e.getMessage()
                            .contains(
                                    " and it was not released within 1 s. It belongs to another Liquibase "
                                            + "run: an application applying the changelogs at start-up, or a run that was killed or lost its "
                                            + "connection or server before it could release the lock. If no such run is active, release it "
                                            + "with mvn zenstack:migrate-deploy -Dzenstack.releaseLock=true (or liquibase release-locks); to "
                                            + "wait longer for a run that is still going, pass -Dzenstack.liquibaseLockWait=<seconds>."),
                    e.getMessage());

            MigrateStatus.run(options);
            assertTrue(
                    recorded.warnings().stream()
                            .anyMatch(w -> w.startsWith(
                                            "Liquibase's lock is held by build-agent-7 " + "(10.1.2.3) since ")
                                    && w.endsWith("release it with migrate-deploy -Dzenstack.releaseLock=true.")),
                    String.join("\n", recorded.warnings()));
            ZModelException resolve =
                    assertThrows(ZModelException.class, () -> MigrateResolve.run(options, INIT, null));
            assertTrue(resolve.getMessage().startsWith("migrate-resolve cannot start on "), resolve.getMessage());

            MigrateDeployResult released = MigrateDeploy.run(options.withReleaseLock(true));
            assertTrue(released.releasedLock());
            assertTrue(released.upToDate());
            assertTrue(
                    recorded.warnings().stream()
                            .anyMatch(w -> w.startsWith("Liquibase's lock (DATABASECHANGELOGLOCK) is held "
                                            + "by build-agent-7 (10.1.2.3) since ")
                                    && w.endsWith("; released it (releaseLock=true).")),
                    String.join("\n", recorded.warnings()));
            assertFalse(liquibaseLocked(db));
        }
    }

    @Test
    void aLiquibaseLockLeftByAnInterruptedMigrateDevIsExplainedByTheNextMigrateDev() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL)) {
            MigrateDev.run(f.options(MigrateFixture.v1()).withName("init"));
            f.db.execute("UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKGRANTED = now(), "
                    + "LOCKEDBY = 'laptop (192.168.1.5)'");
            ZModelException e = assertThrows(
                    ZModelException.class,
                    () -> MigrateDev.run(f.options(MigrateFixture.v2())
                            .withName("posts")
                            .withLiquibaseLockWait(Duration.ofSeconds(1))));
            assertTrue(
                    e.getMessage()
                            .startsWith(
                                    "migrate-dev cannot start on "
                                            + f.settings().displayUrl()
                                            + ": Liquibase's lock (DATABASECHANGELOGLOCK) is held by laptop (192.168.1.5) since "),
                    e.getMessage());
            assertEquals(1, f.folders().size(), "no migration written");
            assertTrue(MigrateDeploy.run(f.options().withReleaseLock(true)).releasedLock());
            assertTrue(
                    MigrateDev.run(f.options(MigrateFixture.v2()).withName("posts"))
                            .createdApplied(),
                    "migrate-dev works again after releaseLock");
            assertEquals(2, f.folders().size());
        }
    }

    @Test
    void aLiquibaseLockReleasedWhileWaitingLetsTheDeployContinue() throws Exception {
        try (TestDatabase db = TestDatabases.create(Provider.POSTGRESQL)) {
            Path dir = FaultMigrations.write(tmp.resolve("migrations"), Provider.POSTGRESQL, 0);
            MigrateOptions options =
                    options(MigrateFixture.settings(db), dir).withLiquibaseLockWait(Duration.ofSeconds(60));
            MigrateDeploy.run(options);
            db.execute(
                    "UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKGRANTED = now(), LOCKEDBY = 'app (10.1.2.3)'");
            CompletableFuture<MigrateDeployResult> run = deployInBackground(options);
            long deadline = System.nanoTime() + SEEN.toNanos();
            while (recorded.info().stream().noneMatch(i -> i.contains("waiting up to 60 s"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            db.execute("UPDATE DATABASECHANGELOGLOCK SET LOCKED = FALSE, LOCKGRANTED = NULL, LOCKEDBY = NULL");
            assertTrue(run.get(2, TimeUnit.MINUTES).upToDate());
            List<String> messages = new ArrayList<>(recorded.info());
            assertTrue(
                    messages.stream()
                            .anyMatch(i -> i.startsWith("Liquibase's lock (DATABASECHANGELOGLOCK) is held "
                                            + "by app (10.1.2.3) since ")
                                    && i.endsWith("; waiting up to 60 s for it to be released...")),
                    String.join("\n", messages));
            assertTrue(messages.contains("Liquibase's lock was released; continuing."), String.join("\n", messages));
        }
    }
}
