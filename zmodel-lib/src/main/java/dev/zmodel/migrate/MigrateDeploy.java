package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.PropertyNames;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.Connections;

import java.sql.Connection;
import java.util.List;
import java.util.stream.Collectors;

import static dev.zmodel.PropertyNames.NAME;
import static dev.zmodel.PropertyNames.OUT_OF_ORDER;
import static dev.zmodel.PropertyNames.flag;

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
        return run(options, DeployOptions.defaults());
    }

    /** {@link #run(MigrateOptions)} as a dry run ({@link DeployOptions#dryRun()}) or allowing out-of-order ones. */
    public static MigrateDeployResult run(MigrateOptions options, DeployOptions deploy) {
        Listener listener = options.listener();
        MigrationsDirectory dir = MigrationsDirectory.read(options.migrations(), options.provider());
        if (dir.migrations().isEmpty()) {
            listener.warn("No migrations found in " + dir.path() + "; nothing to apply. Create them with migrate-dev.");
            return new MigrateDeployResult(List.of(), 0, false);
        }
        if (deploy.dryRun()) {
            return DeployDryRun.run(options, deploy, dir);
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
                            + "migration. If an edit only fixes a file for databases that have not run it yet, re-record "
                            + "it here with mvn zenstack:migrate-resolve "
                            + PropertyNames.flag(
                                    PropertyNames.APPLIED,
                                    edited.get(0).migration().id()) + ".");
                }
                if (!history.outOfOrder().isEmpty()) {
                    if (!deploy.outOfOrder()) {
                        throw new ZModelException(outOfOrder(options, history));
                    }
                    listener.warn("Applying out of order (" + flag(OUT_OF_ORDER, "true") + "): "
                            + history.describeOutOfOrder() + ".");
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

    /** Flyway's outOfOrder check: a pending migration older than an applied one is refused unless asked for. */
    static String outOfOrder(MigrateOptions options, MigrationHistory history) {
        Migration first = history.outOfOrder().get(0);
        return "migrate-deploy stopped before applying anything: pending migration(s) " + history.describeOutOfOrder()
                + " of " + options.database().displayUrl() + " (out of order: added on a branch merged after newer "
                + "migrations were deployed). Liquibase would run them after the newer ones. If they do not depend on "
                + "what the newer migrations changed, apply them with mvn zenstack:migrate-deploy "
                + flag(OUT_OF_ORDER, "true") + "; otherwise, before they are deployed anywhere, delete the folder "
                + first.id() + " and create it again after the newer ones with mvn zenstack:migrate-dev "
                + flag(NAME, first.name()) + ".";
    }
}
