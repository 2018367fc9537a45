package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.Connections;
import dev.zmodel.liquibase.ChangelogHistory;
import dev.zmodel.liquibase.LiquibaseRunner;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import static dev.zmodel.PropertyNames.LIQUIBASE_LOCK_WAIT;
import static dev.zmodel.PropertyNames.RELEASE_LOCK;
import static dev.zmodel.PropertyNames.flag;

/**
 * Liquibase's lock row ({@code DATABASECHANGELOGLOCK}, or the lock table Liquibase's settings name) as seen by a workflow that already holds the migration
 * advisory lock ({@link MigrateDialect#lock}). Liquibase itself waits 5 minutes for a held lock and then fails with
 * "Could not acquire change log lock"; the workflows check first, wait briefly ({@code liquibaseLockWait}) and then
 * say who holds it and how to release it.
 */
final class LiquibaseLock {
    private static final long POLL_MILLIS = 500;

    private LiquibaseLock() {}

    /**
     * Returns when Liquibase's lock is free (or does not exist yet). A held lock is released when
     * {@code releaseLock}; otherwise this waits up to {@code liquibaseLockWait} for its holder to release it.
     *
     * @return true when a held lock was released
     * @throws ZModelException naming the holder ({@code LOCKEDBY}, {@code LOCKGRANTED}) and the way to release it
     */
    static boolean awaitFree(Connection connection, MigrateOptions options, boolean releaseLock, String goal)
            throws SQLException {
        Listener listener = options.listener();
        Optional<ChangelogHistory.Lock> lock = held(connection, options);
        if (lock.isEmpty()) {
            return false;
        }
        String holder = describe(lock.get(), options);
        if (releaseLock) {
            LiquibaseRunner.releaseLocks(connection, options.database().liquibase(), listener);
            listener.warn(holder + "; released it (releaseLock=true).");
            return true;
        }
        Duration wait = options.liquibaseLockWait();
        long deadline = System.nanoTime() + wait.toNanos();
        listener.info(holder + "; waiting up to " + wait.toSeconds() + " s for it to be released...");
        while (System.nanoTime() < deadline) {
            sleep();
            if (held(connection, options).isEmpty()) {
                listener.info("Liquibase's lock was released; continuing.");
                return false;
            }
        }
        throw new ZModelException(goal + " cannot start on "
                + options.database().displayUrl() + ": " + holder
                + " and it was not released within " + wait.toSeconds() + " s. It belongs to another Liquibase run: "
                + "an application applying the changelogs at start-up, or a run that was killed or lost its "
                + "connection or server before it could release the lock. If no such run is active, release it with "
                + "mvn zenstack:migrate-deploy " + flag(RELEASE_LOCK, "true")
                + " (or liquibase release-locks); to wait longer for a run that is still going, pass "
                + flag(LIQUIBASE_LOCK_WAIT, "<seconds>") + ".");
    }

    /**
     * After a run lost its connection in the middle of Liquibase {@code update}: on a new connection, under the
     * advisory lock, releases the Liquibase lock that run left behind — one held by this host, which was free
     * when the run started. Best effort.
     *
     * @return a sentence for the error message: what became of the lock
     */
    static String releaseAfterLostConnection(MigrateOptions options, MigrateDialect dialect) {
        Listener quiet = Quiet.of(options.listener());
        try (Connection c = Connections.open(options.database());
                AutoCloseable ignored = dialect.lock(c, Duration.ofSeconds(30), quiet)) {
            Optional<ChangelogHistory.Lock> lock = held(c, options);
            if (lock.isEmpty()) {
                return "Liquibase's lock is not held.";
            }
            if (!LiquibaseRunner.lockOwnerOfThisHost().equals(lock.get().lockedBy())) {
                return describe(lock.get(), options) + ", not by this run; it was left alone.";
            }
            LiquibaseRunner.releaseLocks(c, options.database().liquibase(), quiet);
            return "The Liquibase lock this run held was released on a new connection.";
        } catch (Exception e) {
            return "Liquibase's lock ("
                    + ChangelogHistory.lockTable(options.database().liquibase())
                    + ") may still be held by this run (the database could not be "
                    + "reached again to release it); the next migrate-deploy says so and " + flag(RELEASE_LOCK, "true")
                    + " releases it.";
        }
    }

    private static Optional<ChangelogHistory.Lock> held(Connection connection, MigrateOptions options) {
        return ChangelogHistory.lock(connection, options.database().liquibase());
    }

    private static String describe(ChangelogHistory.Lock lock, MigrateOptions options) {
        return "Liquibase's lock ("
                + ChangelogHistory.lockTable(options.database().liquibase()) + ") is held by " + lock.lockedBy()
                + " since " + lock.granted();
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZModelException("Interrupted while waiting for Liquibase's lock.");
        }
    }
}
