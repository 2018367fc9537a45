package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.liquibase.ChangesetFailedException;
import dev.zmodel.liquibase.LiquibaseRunner;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Applies the pending (and partially applied) migrations of a directory through the master changelog. */
final class Pending {
    private Pending() {
    }

    /** The migrations Liquibase will run: pending ones and the rest of partially applied ones, in order. */
    static List<Migration> of(MigrationHistory history) {
        List<Migration> out = new ArrayList<>();
        for (MigrationStatus s : history.migrations()) {
            if (s.state() == MigrationState.PENDING || s.state() == MigrationState.PARTIALLY_APPLIED) {
                out.add(s.migration());
            }
        }
        return out;
    }

    /**
     * Runs Liquibase {@code update} on the master changelog and reports each migration it applied.
     *
     * @throws MigrationFailedException naming the migration and changeset that failed, what it left behind on this
     *                                  database, and what to do next
     */
    static List<Migration> apply(Connection connection, MigrationsDirectory directory, MigrationHistory history,
                                 MigrateOptions options) {
        Listener listener = options.listener();
        List<Migration> pending = of(history);
        if (pending.isEmpty()) {
            return List.of();
        }
        try {
            LiquibaseRunner.update(connection, directory.master(), listener);
        } catch (ChangesetFailedException e) {
            throw failed(connection, directory, options, e);
        } catch (ZModelException e) {
            throw new ZModelException(e.getMessage() + "\nNothing of the failed changeset was recorded. Fix the cause "
                    + "and run again: Liquibase continues with the changeset that failed. If you fixed the database by "
                    + "hand instead, record the migration with migrate-resolve -Dzenstack.applied=<migration>.", e);
        }
        for (Migration m : pending) {
            listener.info("Applied migration " + m.id());
        }
        return pending;
    }

    private static MigrationFailedException failed(Connection connection, MigrationsDirectory directory,
                                                   MigrateOptions options, ChangesetFailedException e) {
        String id = migrationOf(directory, e.filePath());
        boolean lost = !isValid(connection);
        String why = lost ? "the connection to the database was lost (" + e.detail() + ")" : e.detail();
        String next = lost
                ? "Check the database with migrate-status, then run migrate-deploy again: it continues with changeset "
                + e.changesetId() + "."
                : "Fix the cause and run migrate-deploy again: it continues with changeset " + e.changesetId()
                + ". If you finish the migration by hand instead, record it with migrate-resolve -Dzenstack.applied="
                + id + ".";
        String message = "Migration " + id + " failed on " + options.database().displayUrl() + " at changeset "
                + e.changesetId() + ": " + why + ".\n"
                + MigrateDialect.forProvider(options.provider()).afterFailedChangeset() + "\n" + next;
        return new MigrationFailedException(message, id, lost, e);
    }

    /** The migration folder of a changeset's logical path ({@code <folder>/migration.xml}). */
    private static String migrationOf(MigrationsDirectory directory, String filePath) {
        String path = filePath == null ? "" : filePath.replace('\\', '/');
        for (Migration m : directory.migrations()) {
            if (path.equals(m.relativeFile()) || path.startsWith(m.id() + "/") || path.contains("/" + m.id() + "/")) {
                return m.id();
            }
        }
        return filePath;
    }

    private static boolean isValid(Connection connection) {
        try {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }
}
