package dev.zmodel.migrate;

import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.liquibase.AppliedChangeset;
import dev.zmodel.liquibase.ChangelogHistory;
import dev.zmodel.liquibase.ChangesetDigest;

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
        return read(connection, database, directory, ParsedMigrations.uncached());
    }

    /**
     * {@link #read(Connection, ConnectionSettings, MigrationsDirectory)} with the changesets of each migration from
     * {@code parses}. A stored checksum that is not exactly the digest's is decided by Liquibase's rule on the parsed
     * file, so a cached parse finds every edit that parsing finds.
     */
    static MigrationHistory read(
            Connection connection,
            ConnectionSettings database,
            MigrationsDirectory directory,
            ParsedMigrations parses) {
        List<AppliedChangeset> rows = ChangelogHistory.read(connection, database.liquibase());
        List<AppliedChangeset> unclaimed = new ArrayList<>(rows);
        List<MigrationStatus> statuses = new ArrayList<>();
        for (Migration m : directory.migrations()) {
            List<ChangesetDigest> declared = parses.digests(directory, m);
            List<String> paths =
                    declared.stream().map(ChangesetDigest::path).distinct().toList();
            List<AppliedChangeset> mine = rows.stream()
                    .filter(r -> paths.stream().anyMatch(p -> samePath(p, r.fileName()))
                            || samePath(m.relativeFile(), r.fileName()))
                    .toList();
            unclaimed.removeAll(new java.util.HashSet<>(mine)); // a set: thousands of rows must not be quadratic
            List<String> edits = new ArrayList<>();
            int applied = 0;
            Map<String, List<ChangesetDigest>> byId = new java.util.HashMap<>();
            for (ChangesetDigest c : declared) {
                byId.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c);
            }
            for (AppliedChangeset row : mine) {
                ChangesetDigest d = byId.getOrDefault(row.id(), List.of()).stream()
                        .filter(c -> c.identifies(row))
                        .findFirst()
                        .orElse(null);
                if (d == null) {
                    edits.add("changeset " + row.id() + " was applied but is no longer in the file");
                } else if (!d.sameChecksum(row.checksum()) && !parsedMatches(parses, directory, m, row)) {
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
        parses.save();
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

    /**
     * Liquibase's rule ({@code ChangeSet.isCheckSumValid}) on the parsed changeset of {@code row}: for a stored
     * checksum that is not the digest's (another checksum version, a {@code <validCheckSum>}, an edit).
     */
    private static boolean parsedMatches(
            ParsedMigrations parses, MigrationsDirectory directory, Migration m, AppliedChangeset row) {
        return parses.parsed(directory, m).stream()
                .filter(c -> c.identifies(row))
                .findFirst()
                .map(c -> c.checksumMatches(row.checksum()))
                .orElse(false);
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

    /**
     * The history once every migration of this one is applied, plus {@code created} (declaring {@code changesets})
     * pending: migrate-dev's history for applying the migration it has just written, without parsing that file again.
     */
    MigrationHistory withCreated(Migration created, int changesets) {
        List<MigrationStatus> statuses = new ArrayList<>();
        for (MigrationStatus s : migrations) {
            statuses.add(new MigrationStatus(
                    s.migration(), MigrationState.APPLIED, s.changesets(), s.changesets(), List.of()));
        }
        statuses.add(new MigrationStatus(created, MigrationState.PENDING, changesets, 0, List.of()));
        return new MigrationHistory(statuses, unknown);
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

    /**
     * Pending migrations older (by folder name, i.e. timestamp) than the newest migration that has history rows —
     * typically added on another branch, merged after newer migrations were deployed. Liquibase would run them after
     * the newer ones (Flyway calls them "out of order"; {@code migrate-deploy} refuses them without
     * {@code outOfOrder}).
     */
    public List<Migration> outOfOrder() {
        return newestRecorded()
                .map(newest -> pending().stream()
                        .filter(m -> m.id().compareTo(newest.id()) < 0)
                        .toList())
                .orElse(List.of());
    }

    /** The newest migration (by folder name) with history rows. */
    public java.util.Optional<Migration> newestRecorded() {
        return migrations.stream()
                .filter(s -> s.state() != MigrationState.PENDING)
                .map(MigrationStatus::migration)
                .max(java.util.Comparator.comparing(Migration::id));
    }

    /** "20261123101500_add_tags, older than the applied 20261124080000_add_posts". */
    public String describeOutOfOrder() {
        return String.join(", ", outOfOrder().stream().map(Migration::id).toList()) + ", older than the applied "
                + newestRecorded().map(Migration::id).orElse("?");
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

    /** The problem line of an edited migration, with the two ways out. */
    static String editedProblem(MigrationStatus s) {
        return "Migration " + s.describe() + ". Applied migrations must not change: restore the file from version "
                + "control and put the change into a new migration (or, if the edit only fixes the file for databases "
                + "that run it later, re-record it with mvn zenstack:migrate-resolve "
                + flag(APPLIED, s.migration().id()) + ").";
    }

    /** One line per problem, each with what to do about it; empty when there is none. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        for (MigrationStatus s : inState(MigrationState.EDITED)) {
            out.add(editedProblem(s));
        }
        for (MigrationStatus s : inState(MigrationState.PARTIALLY_APPLIED)) {
            out.add("Migration " + s.describe() + ": it failed part-way (or a deploy is applying it right now). Fix "
                    + "what made it fail, then run mvn zenstack:migrate-deploy (or migrate-dev on a development "
                    + "database) to continue with the changeset that did not run (on MySQL/MariaDB, DDL of that "
                    + "changeset which finished before the failure stays: drop it first). Or finish or undo its "
                    + "changes by hand, then run mvn zenstack:migrate-resolve "
                    + flag(APPLIED, s.migration().id())
                    + " (recorded as applied) or "
                    + flag(ROLLED_BACK, s.migration().id())
                    + " (runs again from the start; it lists the rollback SQL of the changesets that ran).");
        }
        for (UnknownMigration u : unknown) {
            out.add("Migration " + u.id() + " was applied to the database (" + u.changesets() + " changeset(s) of "
                    + u.fileName() + ") but is missing from the migrations directory: restore it from version control "
                    + "(e.g. after switching branches). If it was deleted on purpose, undo its changes by hand and "
                    + "forget it with mvn zenstack:migrate-resolve " + flag(ROLLED_BACK, u.id()) + ".");
        }
        return out;
    }
}
