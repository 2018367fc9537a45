package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.Progress;
import dev.zmodel.ZModelException;
import dev.zmodel.liquibase.ChangesetFailedException;
import dev.zmodel.liquibase.LiquibaseRunner;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.zmodel.PropertyNames.APPLIED;
import static dev.zmodel.PropertyNames.flag;

/** Applies the pending (and partially applied) migrations of a directory through the master changelog. */
final class Pending {
    private Pending() {}

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
     * Runs Liquibase {@code update} on the master changelog and reports, as it goes, one {@code "Applied migration
     * <id>"} line per migration when its last changeset ran, and the {@value #STEP} progress in changesets.
     *
     * @throws MigrationFailedException naming the migration and changeset that failed, what it left behind on this
     *                                  database, and what to do next
     */
    static List<Migration> apply(
            Connection connection, MigrationsDirectory directory, MigrationHistory history, MigrateOptions options) {
        Listener listener = options.listener();
        List<Migration> pending = of(history);
        if (pending.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> remaining = new LinkedHashMap<>();
        Map<String, Migration> byFile = new HashMap<>();
        int total = 0;
        for (Migration m : pending) {
            MigrationStatus s = history.status(m);
            int left = s == null ? 0 : Math.max(0, s.changesets() - s.appliedChangesets());
            remaining.put(m.id(), left);
            byFile.put(m.relativeFile(), m);
            total += left;
        }
        Progress progress = Progress.start(listener, STEP, total);
        LiquibaseRunner.ChangesetRan ran = (file, id) -> {
            progress.advance();
            Migration m = byFile.get(file == null ? "" : file.replace('\\', '/'));
            if (m != null && remaining.computeIfPresent(m.id(), (k, v) -> v - 1) == 0) {
                remaining.remove(m.id());
                listener.info("Applied migration " + m.id());
            }
        };
        try {
            LiquibaseRunner.update(connection, options.database().liquibase(), directory.master(), listener, ran);
        } catch (ChangesetFailedException e) {
            throw failed(connection, directory, options, e);
        } catch (ZModelException e) {
            var privilege =
                    Privileges.missing(options.database(), e, " Nothing was recorded for the migration that failed.");
            if (privilege.isPresent()) {
                throw new ZModelException(e.getMessage() + "\n" + privilege.get(), e);
            }
            throw new ZModelException(
                    e.getMessage() + "\nNothing of the failed changeset was recorded. Fix the cause "
                            + "and run again: Liquibase continues with the changeset that failed. If you fixed the database by "
                            + "hand instead, record the migration with migrate-resolve " + flag(APPLIED, "<migration>")
                            + ".",
                    e);
        }
        for (String id : remaining.keySet()) {
            listener.info("Applied migration " + id); // e.g. changesets skipped by a context: Liquibase is done with it
        }
        return pending;
    }

    static final String STEP = "Applying changesets";

    private static MigrationFailedException failed(
            Connection connection, MigrationsDirectory directory, MigrateOptions options, ChangesetFailedException e) {
        String id = migrationOf(directory, e.filePath());
        boolean lost = !isValid(connection);
        String why = lost ? "the connection to the database was lost (" + e.detail() + ")" : e.detail();
        String next = lost
                ? "Check the database with migrate-status, then run migrate-deploy again: it continues with changeset "
                        + e.changesetId() + "."
                : "Fix the cause and run migrate-deploy again: it continues with changeset " + e.changesetId()
                        + ". If you finish the migration by hand instead, record it with migrate-resolve "
                        + flag(APPLIED, id)
                        + ".";
        String message = "Migration " + id + " failed on " + options.database().displayUrl() + " at changeset "
                + e.changesetId() + ": " + why + ".\n"
                + MigrateDialect.forProvider(options.provider()).afterFailedChangeset() + "\n"
                + Privileges.missing(options.database(), e, "")
                        .map(p -> p + "\n")
                        .orElse("") + next;
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
