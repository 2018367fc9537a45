package dev.zmodel.migrate;

import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.liquibase.AppliedChangeset;
import dev.zmodel.liquibase.ChangelogFiles;
import dev.zmodel.liquibase.ChangelogHistory;
import dev.zmodel.liquibase.DeclaredChangeset;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.zmodel.PropertyNames.APPLIED;
import static dev.zmodel.PropertyNames.ROLLED_BACK;
import static dev.zmodel.PropertyNames.flag;

/**
 * The migration directory compared with the database's Liquibase history ({@code DATABASECHANGELOG}): each migration's
 * {@link MigrationState}, and the history rows that belong to no migration folder.
 *
 * <p>Checksums are compared with Liquibase's own rule ({@code ChangeSet.isCheckSumValid}, with the checksum version
 * of the stored value), so "edited" here means exactly what makes Liquibase's {@code update} refuse to run.
 */
public record MigrationHistory(List<MigrationStatus> migrations, List<UnknownMigration> unknown) {
    public MigrationHistory {
        migrations = List.copyOf(migrations);
        unknown = List.copyOf(unknown);
    }

    /**
     * Reads the history of {@code connection} (the history tables where {@code database}'s Liquibase settings put
     * them) for the migrations of {@code directory}.
     */
    public static MigrationHistory read(
            Connection connection, ConnectionSettings database, MigrationsDirectory directory) {
        List<AppliedChangeset> rows = ChangelogHistory.read(connection, database.liquibase());
        List<AppliedChangeset> unclaimed = new ArrayList<>(rows);
        List<MigrationStatus> statuses = new ArrayList<>();
        for (Migration m : directory.migrations()) {
            List<DeclaredChangeset> declared = ChangelogFiles.changesets(directory.path(), m.relativeFile());
            List<String> paths =
                    declared.stream().map(DeclaredChangeset::path).distinct().toList();
            List<AppliedChangeset> mine = rows.stream()
                    .filter(r -> paths.stream().anyMatch(p -> samePath(p, r.fileName()))
                            || samePath(m.relativeFile(), r.fileName()))
                    .toList();
            unclaimed.removeAll(mine);
            List<String> edits = new ArrayList<>();
            int applied = 0;
            for (AppliedChangeset row : mine) {
                DeclaredChangeset d = declared.stream()
                        .filter(c -> c.identifies(row))
                        .findFirst()
                        .orElse(null);
                if (d == null) {
                    edits.add("changeset " + row.id() + " was applied but is no longer in the file");
                } else if (!d.checksumMatches(row.checksum())) {
                    edits.add("changeset " + row.id() + " changed after it was applied (checksum mismatch)");
                } else {
                    applied++;
                }
            }
            MigrationState state;
            List<String> details = edits;
            if (!edits.isEmpty()) {
                state = MigrationState.EDITED;
            } else if (applied == declared.size()) {
                state = MigrationState.APPLIED;
            } else if (applied == 0) {
                state = MigrationState.PENDING;
            } else {
                state = MigrationState.PARTIALLY_APPLIED;
                details = declared.stream()
                        .filter(c -> mine.stream().noneMatch(c::identifies))
                        .findFirst()
                        .map(c -> List.of("changeset " + c.id() + " did not run"))
                        .orElse(List.of());
            }
            statuses.add(new MigrationStatus(m, state, declared.size(), applied, details));
        }
        Map<String, Integer> unknown = new LinkedHashMap<>();
        for (AppliedChangeset r : unclaimed) {
            unknown.merge(r.fileName(), 1, Integer::sum);
        }
        return new MigrationHistory(
                statuses,
                unknown.entrySet().stream()
                        .map(e -> new UnknownMigration(e.getKey(), e.getValue()))
                        .toList());
    }

    private static boolean samePath(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    private static String normalize(String p) {
        String s = p == null ? "" : p.replace('\\', '/');
        while (s.startsWith("./") || s.startsWith("/")) {
            s = s.substring(s.startsWith("./") ? 2 : 1);
        }
        return s;
    }

    public List<MigrationStatus> inState(MigrationState state) {
        return migrations.stream().filter(m -> m.state() == state).toList();
    }

    public List<Migration> applied() {
        return inState(MigrationState.APPLIED).stream()
                .map(MigrationStatus::migration)
                .toList();
    }

    public List<Migration> pending() {
        return inState(MigrationState.PENDING).stream()
                .map(MigrationStatus::migration)
                .toList();
    }

    public MigrationStatus status(Migration migration) {
        return migrations.stream()
                .filter(s -> s.migration().id().equals(migration.id()))
                .findFirst()
                .orElseThrow();
    }

    /** Edited or partially applied migrations, or rows of migrations missing from the directory. */
    public boolean hasProblems() {
        return !inState(MigrationState.EDITED).isEmpty()
                || !inState(MigrationState.PARTIALLY_APPLIED).isEmpty()
                || !unknown.isEmpty();
    }

    /** One line per problem, each with what to do about it; empty when there is none. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        for (MigrationStatus s : inState(MigrationState.EDITED)) {
            out.add("Migration " + s.describe() + ". Applied migrations must not change: restore the file from version "
                    + "control and put the change into a new migration.");
        }
        for (MigrationStatus s : inState(MigrationState.PARTIALLY_APPLIED)) {
            out.add("Migration " + s.describe() + ": it failed part-way (or a deploy is applying it right now). Run "
                    + "migrate-deploy again to continue with the changeset that did not run, after fixing what made it "
                    + "fail (on MySQL/MariaDB, DDL of that changeset which ran before the failure stays: drop it "
                    + "first). Or finish or undo its remaining changes by hand, then run migrate-resolve "
                    + flag(APPLIED, s.migration().id()) + " (recorded as applied) or "
                    + flag(ROLLED_BACK, s.migration().id()) + " (runs again from the start).");
        }
        for (UnknownMigration u : unknown) {
            out.add("Migration " + u.id() + " was applied to the database (" + u.changesets() + " changeset(s) of "
                    + u.fileName() + ") but is missing from the migrations directory: restore it from version control "
                    + "(e.g. after switching branches).");
        }
        return out;
    }
}
