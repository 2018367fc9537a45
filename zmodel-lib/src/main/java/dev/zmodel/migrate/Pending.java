package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.Progress;
import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.liquibase.ChangelogFiles;
import dev.zmodel.liquibase.ChangesetFailedException;
import dev.zmodel.liquibase.DeclaredChangeset;
import dev.zmodel.liquibase.LiquibaseRunner;
import dev.zmodel.liquibase.RenderedChangelog;

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
        return apply(connection, directory, history, options, "migrate-deploy", null, null);
    }

    /**
     * {@link #apply(Connection, MigrationsDirectory, MigrationHistory, MigrateOptions)} for {@code goal}, which the
     * failure message tells the user to run again; {@code created} is the migration migrate-dev has just written
     * (null for none), whose failure is explained as a new file the user may still edit or delete, and
     * {@code createdChangelog} what it was rendered from (null for none): when the new migration is the only pending
     * one, Liquibase applies its changesets from memory instead of parsing every migration file again.
     */
    static List<Migration> apply(
            Connection connection,
            MigrationsDirectory directory,
            MigrationHistory history,
            MigrateOptions options,
            String goal,
            Migration created,
            RenderedChangelog createdChangelog) {
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
        List<String> ranNow = new ArrayList<>();
        LiquibaseRunner.ChangesetRan ran = (file, id) -> {
            progress.advance();
            ranNow.add(id);
            Migration m = byFile.get(file == null ? "" : file.replace('\\', '/'));
            if (m != null && remaining.computeIfPresent(m.id(), (k, v) -> v - 1) == 0) {
                remaining.remove(m.id());
                reportApplied(listener, m.id(), created);
            }
        };
        try {
            LiquibaseRunner.update(
                    connection,
                    options.database().liquibase(),
                    directory.master(),
                    onlyPendingIsUntouched(pending, history, created) ? createdChangelog : null,
                    listener,
                    ran);
        } catch (ChangesetFailedException e) {
            throw failed(connection, directory, history, options, e, new Failure(goal, created, ranNow));
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
            reportApplied(listener, id, created); // e.g. changesets skipped by a context: Liquibase is done with it
        }
        return pending;
    }

    static final String STEP = "Applying changesets";

    /** "Applied migration <id>", except for migrate-dev's new migration, which migrate-dev reports itself. */
    private static void reportApplied(Listener listener, String id, Migration created) {
        if (created == null || !created.id().equals(id)) {
            listener.info("Applied migration " + id);
        }
    }

    /** How a failure is explained: the goal to run again, migrate-dev's new migration, the changesets run so far. */
    private record Failure(String goal, Migration created, List<String> ranNow) {}

    private static MigrationFailedException failed(
            Connection connection,
            MigrationsDirectory directory,
            MigrationHistory history,
            MigrateOptions options,
            ChangesetFailedException e,
            Failure how) {
        String id = migrationOf(directory, e.filePath());
        Migration m = directory.migrations().stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElse(null);
        Provider provider = options.provider();
        boolean lost = !isValid(connection);
        String detail = e.detail().replaceFirst("\\.+$", "");
        String why = lost ? "the connection to the database was lost (" + detail + ")" : detail;
        List<DeclaredChangeset> declared =
                m == null ? List.of() : ChangelogFiles.changesets(directory.path(), m.relativeFile());
        int ranBefore = m == null ? 0 : history.status(m).appliedChangesets();
        List<DeclaredChangeset> ran = Recovery.ran(declared, ranBefore, how.ranNow());
        DeclaredChangeset failedSet = declared.stream()
                .filter(d -> d.id().equals(e.changesetId()))
                .findFirst()
                .orElse(null);
        String command = "mvn zenstack:" + how.goal();
        boolean created = how.created() != null && how.created().id().equals(id);
        String next;
        if (lost) {
            next = "Check the database with mvn zenstack:migrate-status, then run " + command
                    + " again: it continues with changeset " + e.changesetId() + ".";
        } else if (created && ran.isEmpty()) {
            next = "Fix the cause (the data, or the migration file " + m.file() + ") and run " + command + " again: it "
                    + "applies the migration. Or delete " + m.file().getParent() + " and run " + command
                    + " again to write it anew.";
        } else if (created) {
            next = "Fix the cause (the data, or changeset " + e.changesetId() + " in " + m.file() + "; the changesets "
                    + "that ran must stay as they are) and run " + command + " again: it continues with changeset "
                    + e.changesetId() + "."
                    + Recovery.undo(
                            id, ran, provider, ", and delete " + m.file().getParent());
        } else {
            next = "Fix the cause and run " + command + " again: it continues with changeset " + e.changesetId() + "."
                    + Recovery.undo(id, ran, provider, "");
        }
        String message = "Migration " + id + " failed on " + options.database().displayUrl() + " at changeset "
                + e.changesetId() + ": " + why + ".\n"
                + Recovery.ranSentence(id, ran, e.changesetId()) + "\n"
                + MigrateDialect.forProvider(provider).afterFailedChangeset()
                + Recovery.leftByFailed(failedSet, provider) + "\n"
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

    /** True when {@code created} is the one pending migration and none of its changesets ran yet. */
    private static boolean onlyPendingIsUntouched(
            List<Migration> pending, MigrationHistory history, Migration created) {
        if (created == null || pending.size() != 1 || !pending.get(0).id().equals(created.id())) {
            return false;
        }
        MigrationStatus status = history.status(created);
        return status != null && status.appliedChangesets() == 0;
    }
}
