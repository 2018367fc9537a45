package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.Connections;

import java.sql.Connection;
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
 *   <li>Liquibase's lock ({@code DATABASECHANGELOGLOCK}) held by someone else: waits {@code liquibaseLockWait}
 *       (10 s by default) for it, then fails naming {@code LOCKEDBY}/{@code LOCKGRANTED} and how to release it
 *       (Liquibase alone would wait 5 minutes). With {@code releaseLock} such a lock is released: inside the advisory
 *       lock it cannot belong to another zenstack run.</li>
 *   <li>A failed changeset ({@link MigrationFailedException}) is reported naming the migration and the changeset,
 *       what it left behind (PostgreSQL: nothing, DDL is transactional; MySQL/MariaDB: the DDL statements that ran)
 *       and what to do next. When the connection was lost (session killed, server stopped), the Liquibase lock this
 *       run held is released on a new connection if the database can be reached, so a plain rerun continues.</li>
 * </ul>
 */
public final class MigrateDeploy {
    private MigrateDeploy() {}

    public static MigrateDeployResult run(MigrateOptions options) {
        Listener listener = options.listener();
        MigrationsDirectory dir = MigrationsDirectory.read(options.migrations(), options.provider());
        if (dir.migrations().isEmpty()) {
            listener.warn("No migrations found in " + dir.path() + "; nothing to apply. Create them with migrate-dev.");
            return new MigrateDeployResult(List.of(), 0, false);
        }
        MigrateDialect dialect = MigrateDialect.forProvider(options.provider());
        MigrationFailedException failed = null;
        try (Connection c = Connections.open(options.database(), "migrate-deploy")) {
            try (AutoCloseable lock = dialect.lock(c, options.lockTimeout(), listener)) {
                boolean released = LiquibaseLock.awaitFree(c, options, options.releaseLock(), "migrate-deploy");
                MigrationHistory history = MigrationHistory.read(c, options.database(), dir);
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
                List<Migration> applied;
                try {
                    applied = Pending.apply(c, dir, history, options);
                } catch (MigrationFailedException e) {
                    if (!e.connectionLost()) {
                        throw e;
                    }
                    failed = e;
                    throw e;
                }
                if (applied.isEmpty()) {
                    listener.info("No pending migrations: " + options.database().displayUrl() + " is up to date ("
                            + before + " migration(s) applied).");
                } else {
                    listener.info("Applied " + applied.size() + " migration(s) to "
                            + options.database().displayUrl() + ".");
                }
                return new MigrateDeployResult(applied, before, released);
            }
        } catch (ZModelException e) {
            if (e == failed) {
                // the session (and with it the advisory lock) is gone; Liquibase could not release its own lock
                throw failed.withMessage(
                        failed.getMessage() + "\n" + LiquibaseLock.releaseAfterLostConnection(options, dialect));
            }
            throw e;
        } catch (Exception e) {
            if (failed != null) {
                throw failed.withMessage(
                        failed.getMessage() + "\n" + LiquibaseLock.releaseAfterLostConnection(options, dialect));
            }
            throw Privileges.failure("migrate-deploy", options.database(), e);
        }
    }
}
