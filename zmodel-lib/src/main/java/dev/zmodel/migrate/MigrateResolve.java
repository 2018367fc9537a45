package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.Connections;
import dev.zmodel.liquibase.AppliedChangeset;
import dev.zmodel.liquibase.ChangelogFiles;
import dev.zmodel.liquibase.ChangelogHistory;
import dev.zmodel.liquibase.DeclaredChangeset;
import dev.zmodel.liquibase.HistoryRepair;
import dev.zmodel.liquibase.LiquibaseRunner;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.zmodel.PropertyNames.APPLIED;
import static dev.zmodel.PropertyNames.CHECK_DRIFT;
import static dev.zmodel.PropertyNames.flag;

/**
 * {@code migrate-resolve}: repairs the history after a failed deploy, without touching the schema.
 * <ul>
 *   <li>{@code applied=<migration>} records the migration as applied without running it — Liquibase
 *       {@code changelogSync} of its file, which inserts a row only for the changesets that have none. Use it
 *       after finishing a failed migration's changes by hand. On a migration whose file was edited after it was
 *       applied, it says what changed and re-records the file as it is now ({@link HistoryRepair}: Flyway's
 *       {@code repair}, for one migration), so that deploys stop failing on the checksum. An error when it is
 *       already fully applied and unchanged.</li>
 *   <li>{@code rolledBack=<migration>} deletes the migration's history rows so that the next deploy runs it again
 *       from the start. Use it after undoing a failed migration's partial changes by hand (and fixing the file).
 *       It names the changesets that ran and prints their rollback SQL, to be undone by hand. A migration missing
 *       from the directory (its folder deleted after it failed) is forgotten the same way. An error when the
 *       migration has no rows, or is fully applied.</li>
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
        MigrateDialect dialect = MigrateDialect.forProvider(options.provider());
        try (Connection c = Connections.open(options.database(), "migrate-resolve");
                AutoCloseable lock = dialect.lock(c, options.lockTimeout(), listener)) {
            LiquibaseLock.awaitFree(c, options, false, "migrate-resolve");
            MigrationHistory history = MigrationHistory.read(c, options.database(), dir);
            if (r) {
                UnknownMigration missing = missingFolder(dir, history, rolledBack);
                if (missing != null) {
                    return forget(c, options, missing);
                }
            }
            Migration migration = dir.find(a ? applied : rolledBack);
            MigrationStatus status = history.status(migration);
            return a ? applied(c, options, dir, status) : rolledBack(c, options, dir, status);
        } catch (ZModelException e) {
            throw e;
        } catch (Exception e) {
            throw Privileges.failure("migrate-resolve", options.database(), e);
        }
    }

    private static MigrateResolveResult applied(
            Connection c, MigrateOptions options, MigrationsDirectory dir, MigrationStatus status) {
        Migration migration = status.migration();
        String db = options.database().displayUrl();
        if (status.state() == MigrationState.APPLIED) {
            throw new ZModelException("The migration " + migration.id() + " is already applied to " + db
                    + "; nothing to resolve (mvn zenstack:migrate-status shows the state of every migration).");
        }
        if (status.state() == MigrationState.EDITED) {
            return repair(c, options, dir, status);
        }
        List<DeclaredChangeset> before =
                Recovery.ran(c, options.database().liquibase(), dir, migration); // the rows it has
        LiquibaseRunner.changelogSync(
                c, options.database().liquibase(), dir.path(), migration.relativeFile(), options.listener());
        List<String> marked = ChangelogFiles.changesets(dir.path(), migration.relativeFile()).stream()
                .filter(d -> !Recovery.ids(before).contains(d.id()))
                .map(DeclaredChangeset::id)
                .toList();
        options.listener()
                .info("Recorded migration " + migration.id() + " as applied (" + marked.size() + " changeset(s) marked "
                        + "as ran, none executed" + (marked.isEmpty() ? "" : ": " + String.join(", ", marked)) + ").");
        return new MigrateResolveResult(migration, "applied", marked.size(), marked);
    }

    /**
     * An applied migration whose file was edited (Flyway's repair, for one migration): says what changed, then
     * re-records the file as it is now — checksums replaced, rows of changesets gone from the file removed, new
     * changesets marked as ran. Nothing runs; the database keeps what the changesets did when they ran.
     */
    private static MigrateResolveResult repair(
            Connection c, MigrateOptions options, MigrationsDirectory dir, MigrationStatus status) {
        Migration migration = status.migration();
        Listener listener = options.listener();
        String db = options.database().displayUrl();
        listener.warn("Migration " + migration.id() + " changed after it was applied to " + db + ":\n  - "
                + String.join("\n  - ", status.details()));
        HistoryRepair.Repaired repaired =
                HistoryRepair.repair(c, options.database().liquibase(), dir.path(), migration.relativeFile(), listener);
        List<DeclaredChangeset> before = Recovery.ran(c, options.database().liquibase(), dir, migration);
        LiquibaseRunner.changelogSync(
                c, options.database().liquibase(), dir.path(), migration.relativeFile(), listener);
        List<String> marked = ChangelogFiles.changesets(dir.path(), migration.relativeFile()).stream()
                .filter(d -> !Recovery.ids(before).contains(d.id()))
                .map(DeclaredChangeset::id)
                .toList();
        List<String> done = new ArrayList<>();
        if (!repaired.rechecksummed().isEmpty()) {
            done.add("replaced the checksum(s) of " + String.join(", ", repaired.rechecksummed()));
        }
        if (!repaired.removed().isEmpty()) {
            done.add("removed the history row(s) of " + String.join(", ", repaired.removed())
                    + " (no longer in the file)");
        }
        if (!marked.isEmpty()) {
            done.add("recorded " + String.join(", ", marked) + " as ran without running them (new in the file)");
        }
        listener.info("Re-recorded migration " + migration.id() + " as it is now: " + String.join("; ", done)
                + ". Nothing was run: " + db + " keeps what the changesets did when they ran; if the edit changes the "
                + "schema, make the same change there by hand (mvn zenstack:migrate-status "
                + flag(CHECK_DRIFT) + " shows the difference). Databases that have not run it yet run the edited "
                + "file.");
        List<String> all = new ArrayList<>(repaired.rechecksummed());
        all.addAll(repaired.removed());
        all.addAll(marked);
        return new MigrateResolveResult(migration, "applied", all.size(), all);
    }

    private static MigrateResolveResult rolledBack(
            Connection c, MigrateOptions options, MigrationsDirectory dir, MigrationStatus status) {
        Migration migration = status.migration();
        String db = options.database().displayUrl();
        if (status.state() == MigrationState.PENDING) {
            throw new ZModelException("The migration " + migration.id() + " has no history rows in " + db
                    + ": it is pending already; fix it and run mvn zenstack:migrate-deploy.");
        }
        if (status.state() == MigrationState.APPLIED) {
            throw new ZModelException("The migration " + migration.id() + " is fully applied; rolledBack is for a "
                    + "migration that failed part-way. To undo an applied migration, add a new migration (or use "
                    + "Liquibase's rollback; every changeset has one).");
        }
        List<DeclaredChangeset> ran = Recovery.ran(c, options.database().liquibase(), dir, migration);
        int rows = 0;
        for (String path : Set.copyOf(ChangelogFiles.changesets(dir.path(), migration.relativeFile()).stream()
                .map(DeclaredChangeset::path)
                .toList())) {
            rows += ChangelogHistory.delete(c, options.database().liquibase(), path);
        }
        String message = "Marked migration " + migration.id() + " as rolled back: deleted " + rows + " history row(s); "
                + "the next mvn zenstack:migrate-deploy runs it again from the start.";
        if (!ran.isEmpty()) {
            message += " Its " + (ran.size() == 1 ? "changeset " : "changesets ") + Recovery.ids(ran) + " ran on " + db
                    + (ran.size() == 1
                            ? ": unless you have undone it already, undo it now, or the next run fails on what it left. "
                                    + "Its rollback SQL:\n"
                            : ": unless you have undone them already, undo them now, or the next run fails on what they "
                                    + "left. Their rollback SQL (newest first):\n")
                    + Recovery.undoSql(ran, options.provider());
        }
        options.listener().info(message);
        return new MigrateResolveResult(
                migration,
                "rolledBack",
                rows,
                ran.stream().map(DeclaredChangeset::id).toList());
    }

    /** The history rows of a migration missing from the directory that {@code wanted} names, or null. */
    private static UnknownMigration missingFolder(MigrationsDirectory dir, MigrationHistory history, String wanted) {
        String w = wanted.strip();
        boolean inDirectory = dir.migrations().stream()
                .anyMatch(m -> m.id().equals(w) || m.name().equals(w));
        if (inDirectory) {
            return null;
        }
        return history.unknown().stream()
                .filter(u -> u.id().equals(w) || u.id().endsWith("_" + w))
                .findFirst()
                .orElse(null);
    }

    /** Deletes the rows of a migration whose folder is gone (deleted after it failed part-way, say). */
    private static MigrateResolveResult forget(Connection c, MigrateOptions options, UnknownMigration missing) {
        List<String> ids = ChangelogHistory.read(c, options.database().liquibase()).stream()
                .filter(row -> missing.fileName().equals(row.fileName()))
                .map(AppliedChangeset::id)
                .toList();
        int rows = ChangelogHistory.delete(c, options.database().liquibase(), missing.fileName());
        options.listener()
                .info("Forgot migration " + missing.id() + ", which is not in the migrations directory: deleted " + rows
                        + " history row(s) (changesets " + String.join(", ", ids)
                        + "). What those changesets did stays "
                        + "in " + options.database().displayUrl() + " unless you undid it; migrate-dev and "
                        + "migrate-status " + flag(CHECK_DRIFT) + " report what is left as drift.");
        return new MigrateResolveResult(null, "rolledBack", rows, ids);
    }
}
