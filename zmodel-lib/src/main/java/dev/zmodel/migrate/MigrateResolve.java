package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.Connections;
import dev.zmodel.liquibase.ChangelogHistory;
import dev.zmodel.liquibase.LiquibaseRunner;

import java.sql.Connection;

import static dev.zmodel.PropertyNames.APPLIED;
import static dev.zmodel.PropertyNames.flag;

/**
 * {@code migrate-resolve}: repairs the history after a failed deploy, without touching the schema.
 * <ul>
 *   <li>{@code applied=<migration>} records the migration as applied without running it — Liquibase
 *       {@code changelogSync} of its file, which inserts a row only for the changesets that have none. Use it
 *       after finishing a failed migration's changes by hand. An error when it is already fully applied.</li>
 *   <li>{@code rolledBack=<migration>} deletes the migration's history rows so that the next deploy runs it again
 *       from the start. Use it after undoing a failed migration's partial changes by hand (and fixing the file).
 *       An error when the migration has no rows, or is fully applied.</li>
 * </ul>
 * The migration is named by folder ({@code 20261122093000_init}) or by name ({@code init}).
 */
public final class MigrateResolve {
    private MigrateResolve() {}

    /** Records a migration (folder or name) as applied without running it. */
    public static MigrateResolveResult applied(MigrateOptions options, String migration) {
        return run(options, migration, null);
    }

    /** Deletes the history rows of a partially applied migration so that the next deploy runs it from the start. */
    public static MigrateResolveResult rolledBack(MigrateOptions options, String migration) {
        return run(options, null, migration);
    }

    public static MigrateResolveResult run(MigrateOptions options, String applied, String rolledBack) {
        boolean a = applied != null && !applied.isBlank();
        boolean r = rolledBack != null && !rolledBack.isBlank();
        if (a == r) {
            throw new ZModelException("migrate-resolve needs exactly one of applied=<migration> (record it as applied "
                    + "without running it) or rolledBack=<migration> (delete its history rows so it runs again), e.g. "
                    + flag(APPLIED, "20261122093000_init") + "." + (a ? " Both were given." : ""));
        }
        Listener listener = options.listener();
        MigrationsDirectory dir = MigrationsDirectory.read(options.migrations(), options.provider());
        Migration migration = dir.find(a ? applied : rolledBack);
        MigrateDialect dialect = MigrateDialect.forProvider(options.provider());
        try (Connection c = Connections.open(options.database(), "migrate-resolve");
                AutoCloseable lock = dialect.lock(c, options.lockTimeout(), listener)) {
            LiquibaseLock.awaitFree(c, options, false, "migrate-resolve");
            MigrationStatus status =
                    MigrationHistory.read(c, options.database(), dir).status(migration);
            if (a) {
                if (status.state() == MigrationState.APPLIED) {
                    throw new ZModelException("The migration " + migration.id() + " is already applied to "
                            + options.database().displayUrl()
                            + "; nothing to resolve (mvn zenstack:migrate-status shows the "
                            + "state of every migration).");
                }
                if (status.state() == MigrationState.EDITED) {
                    throw new ZModelException(
                            "The migration " + status.describe() + "; restore the file before " + "resolving it.");
                }
                LiquibaseRunner.changelogSync(
                        c, options.database().liquibase(), dir.path(), migration.relativeFile(), listener);
                int rows = status.changesets() - status.appliedChangesets();
                listener.info("Recorded migration " + migration.id() + " as applied (" + rows + " changeset(s) marked "
                        + "as ran, none executed).");
                return new MigrateResolveResult(migration, "applied", rows);
            }
            if (status.state() == MigrationState.PENDING) {
                throw new ZModelException("The migration " + migration.id() + " has no history rows in "
                        + options.database().displayUrl() + ": it is pending already; fix it and run migrate-deploy.");
            }
            if (status.state() == MigrationState.APPLIED) {
                throw new ZModelException("The migration " + migration.id() + " is fully applied; rolledBack is for a "
                        + "migration that failed part-way. To undo an applied migration, add a new migration (or use "
                        + "Liquibase's rollback; every changeset has one).");
            }
            int rows = 0;
            for (String path : java.util.Set.copyOf(
                    dev.zmodel.liquibase.ChangelogFiles.changesets(dir.path(), migration.relativeFile()).stream()
                            .map(dev.zmodel.liquibase.DeclaredChangeset::path)
                            .toList())) {
                rows += ChangelogHistory.delete(c, options.database().liquibase(), path);
            }
            listener.info("Marked migration " + migration.id() + " as rolled back: deleted " + rows
                    + " history row(s); " + "the next migrate-deploy runs it again from the start.");
            return new MigrateResolveResult(migration, "rolledBack", rows);
        } catch (ZModelException e) {
            throw e;
        } catch (Exception e) {
            throw Privileges.failure("migrate-resolve", options.database(), e);
        }
    }
}
