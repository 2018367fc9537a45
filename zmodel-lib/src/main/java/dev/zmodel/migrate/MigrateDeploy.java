package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.Connections;
import dev.zmodel.liquibase.ChangelogHistory;
import dev.zmodel.liquibase.LiquibaseRunner;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code migrate-deploy}: applies every pending migration (Liquibase {@code update} of the master changelog) for
 * CI, staging and production. Never generates, never resets, never needs a shadow database.
 *
 * <ul>
 *   <li>The whole run holds a database advisory lock (PostgreSQL {@code pg_advisory_lock}, MySQL {@code GET_LOCK};
 *       SQLite none) in addition to Liquibase's own lock, so concurrent deploys on a fresh database do not race to
 *       create Liquibase's tables: the second one waits, then finds nothing to do.</li>
 *   <li>Edited applied migrations (checksum mismatch) stop the run before anything is applied, naming them.</li>
 *   <li>A partially applied migration (a previous run failed part-way) is continued from its first missing
 *       changeset. History rows of migrations missing from the directory are reported and otherwise ignored.</li>
 *   <li>{@code releaseLock}: a {@code DATABASECHANGELOGLOCK} row that is still locked while this run holds the
 *       advisory lock was left by a crashed run; it is released (otherwise Liquibase waits 5 minutes and fails).</li>
 * </ul>
 */
public final class MigrateDeploy {
    private MigrateDeploy() {
    }

    public static MigrateDeployResult run(MigrateOptions options) {
        return run(options, false);
    }

    public static MigrateDeployResult run(MigrateOptions options, boolean releaseLock) {
        Listener listener = options.listener();
        MigrationsDirectory dir = MigrationsDirectory.read(options.migrations(), options.provider());
        if (dir.migrations().isEmpty()) {
            listener.warn("No migrations found in " + dir.path() + "; nothing to apply. Create them with migrate-dev.");
            return new MigrateDeployResult(List.of(), 0, false);
        }
        MigrateDialect dialect = MigrateDialect.forProvider(options.provider());
        try (Connection c = Connections.open(options.database(), "migrate-deploy")) {
            try (AutoCloseable lock = dialect.lock(c, options.lockTimeout(), listener)) {
                boolean released = releaseStaleLock(c, options, releaseLock);
                MigrationHistory history = MigrationHistory.read(c, options.provider(), dir);
                List<MigrationStatus> edited = history.inState(MigrationState.EDITED);
                if (!edited.isEmpty()) {
                    throw new ZModelException("migrate-deploy stopped before applying anything: " + edited.size()
                            + " applied migration(s) of " + options.database().displayUrl() + " changed since:\n  - "
                            + edited.stream().map(MigrationStatus::describe).collect(Collectors.joining("\n  - "))
                            + "\nRestore the applied migration files from version control and put changes into a new "
                            + "migration.");
                }
                for (UnknownMigration u : history.unknown()) {
                    listener.warn("The database has history rows of " + u.id() + " (" + u.changesets()
                            + " changeset(s)), which is not in " + dir.path() + "; ignored.");
                }
                for (MigrationStatus s : history.inState(MigrationState.PARTIALLY_APPLIED)) {
                    listener.warn("Continuing the partially applied migration " + s.describe() + ".");
                }
                int before = history.applied().size();
                List<Migration> applied = Pending.apply(c, options.database(), dir, history, listener);
                if (applied.isEmpty()) {
                    listener.info("No pending migrations: " + options.database().displayUrl() + " is up to date ("
                            + before + " migration(s) applied).");
                } else {
                    listener.info("Applied " + applied.size() + " migration(s) to " + options.database().displayUrl()
                            + ".");
                }
                return new MigrateDeployResult(applied, before, released);
            }
        } catch (ZModelException e) {
            throw e;
        } catch (Exception e) {
            throw Privileges.failure("migrate-deploy", options.database(), e);
        }
    }

    private static boolean releaseStaleLock(Connection c, MigrateOptions options, boolean releaseLock)
            throws SQLException {
        var lock = ChangelogHistory.lock(c, options.provider());
        if (lock.isEmpty() || !lock.get().locked()) {
            return false;
        }
        String who = "Liquibase's lock (DATABASECHANGELOGLOCK) is held by " + lock.get().lockedBy() + " since "
                + lock.get().granted();
        if (!releaseLock) {
            options.listener().warn(who + ". If no other Liquibase process is running, it is stale (a crashed run): "
                    + "release it with -Dzenstack.releaseLock=true.");
            return false;
        }
        LiquibaseRunner.releaseLocks(c, options.listener());
        options.listener().warn(who + "; released it (releaseLock=true).");
        return true;
    }
}
