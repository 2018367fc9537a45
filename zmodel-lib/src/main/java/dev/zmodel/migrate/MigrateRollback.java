package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.Connections;
import dev.zmodel.diff.SchemaChange;
import dev.zmodel.diff.SchemaDiff;
import dev.zmodel.liquibase.AppliedChangeset;
import dev.zmodel.liquibase.ChangelogHistory;
import dev.zmodel.liquibase.ChangelogSql;
import dev.zmodel.liquibase.LiquibaseRunner;
import dev.zmodel.schema.DatabaseSchema;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.zmodel.PropertyNames.ACCEPT_DATA_LOSS;
import static dev.zmodel.PropertyNames.COUNT;
import static dev.zmodel.PropertyNames.FORCE;
import static dev.zmodel.PropertyNames.flag;

/**
 * {@code migrate-rollback}: rolls back the last {@code count} applied migrations (in the order they were applied)
 * through their changesets' rollbacks, newest first — Liquibase {@code rollbackCount} over exactly their changesets,
 * which also deletes their history rows. The migrations stay in the directory and are pending afterwards.
 * <p>Before anything changes it refuses, saying why and what to do: a migration edited after it was applied, a
 * changeset without a rollback, history rows of other migrations interleaved with them or of a migration missing from
 * the directory, and a rollback that cannot run on the data. It replays the applied migrations on a shadow database,
 * rolls them back there (so a broken rollback fails there, not here) and counts, in the database, the rows the
 * difference would lose: such a rollback needs {@code acceptDataLoss} (or a yes). Like {@code migrate-reset} it asks
 * first in an interactive session and, in batch mode, needs {@code force}.
 */
public final class MigrateRollback {
    private MigrateRollback() {}

    public static MigrateRollbackResult run(MigrateOptions options, int count) {
        if (count < 1) {
            throw new ZModelException("migrate-rollback rolls back the last " + flag(COUNT, "<n>") + " applied "
                    + "migrations, newest first, and n must be 1 or more; it is " + count + ". Run mvn "
                    + "zenstack:migrate-rollback " + flag(COUNT, "1") + " to roll back the last one.");
        }
        Listener listener = options.listener();
        String db = options.database().displayUrl();
        MigrationsDirectory dir = MigrationsDirectory.read(options.migrations(), options.provider());
        MigrateDialect dialect = MigrateDialect.forProvider(options.provider());
        try (Connection c = Connections.open(options.database(), "migrate-rollback");
                AutoCloseable lock = dialect.lock(c, options.lockTimeout(), listener)) {
            LiquibaseLock.awaitFree(c, options, false, "migrate-rollback");
            MigrationHistory history = MigrationHistory.read(c, options.database(), dir);
            Plan plan = plan(
                    options,
                    dir,
                    history,
                    ChangelogHistory.read(c, options.database().liquibase()),
                    count);
            List<DataLossFinding> findings = check(options, dir, c, plan);
            confirm(options, plan, count, findings);
            return rollBack(options, dir, c, plan, findings);
        } catch (ZModelException e) {
            throw e;
        } catch (Exception e) {
            throw Privileges.failure("migrate-rollback", options.database(), e);
        }
    }

    /**
     * What to roll back.
     *
     * @param migrations the migrations, newest first
     * @param rows       their history rows per migration id
     * @param applied    every migration with history rows, in the order they were applied (for the shadow database)
     */
    private record Plan(List<Migration> migrations, Map<String, Integer> rows, List<Migration> applied) {
        int changesets() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }

        String describe() {
            return "migration(s) "
                    + String.join(", ", migrations.stream().map(Migration::id).toList()) + " (" + changesets()
                    + " changeset(s))";
        }
    }

    private static Plan plan(
            MigrateOptions options,
            MigrationsDirectory dir,
            MigrationHistory history,
            List<AppliedChangeset> rows,
            int count) {
        String db = options.database().displayUrl();
        List<MigrationStatus> edited = history.inState(MigrationState.EDITED);
        if (!edited.isEmpty()) {
            throw new ZModelException("migrate-rollback stopped before rolling back anything: the applied migration "
                    + edited.get(0).describe() + " in " + db + ". Liquibase checks every applied changeset before a "
                    + "rollback; restore the file from version control and run again.");
        }
        Map<String, List<ChangelogSql.Changeset>> declared = new HashMap<>();
        List<Migration> owners = new ArrayList<>();
        for (AppliedChangeset row : rows) {
            Migration owner = null;
            for (MigrationStatus s : history.migrations()) {
                if (s.state() == MigrationState.PENDING) {
                    continue;
                }
                List<ChangelogSql.Changeset> sets = declared.computeIfAbsent(
                        s.migration().id(),
                        id -> ChangelogSql.of(dir.path(), s.migration().relativeFile(), options.provider()));
                if (sets.stream().anyMatch(set -> set.changeset().identifies(row))) {
                    owner = s.migration();
                    break;
                }
            }
            owners.add(owner);
        }
        // the newest rows, back to the count-th migration; they must all be rows of those migrations
        LinkedHashMap<String, Integer> chosen = new LinkedHashMap<>();
        List<Migration> newestFirst = new ArrayList<>();
        int i = rows.size() - 1;
        for (; i >= 0; i--) {
            Migration owner = owners.get(i);
            if (owner == null) {
                throw new ZModelException("migrate-rollback stopped before rolling back anything: the newest history "
                        + "rows of " + db + " include changeset " + rows.get(i).id() + " of "
                        + rows.get(i).fileName()
                        + ", which is not in " + dir.path() + ", so its rollback is unknown. Restore that migration "
                        + "from version control (another branch?) and run again.");
            }
            if (!chosen.containsKey(owner.id())) {
                if (chosen.size() == count) {
                    break;
                }
                newestFirst.add(owner);
            }
            chosen.merge(owner.id(), 1, Integer::sum);
        }
        if (chosen.isEmpty()) {
            throw new ZModelException("migrate-rollback found nothing to roll back: no migration of " + dir.path()
                    + " is applied to " + db + " (mvn zenstack:migrate-status shows the state of each).");
        }
        if (chosen.size() < count) {
            throw new ZModelException("migrate-rollback stopped before rolling back anything: "
                    + flag(COUNT, "" + count)
                    + " asks for " + count + " migrations, but only " + chosen.size() + " are applied to " + db + " ("
                    + String.join(", ", newestFirst.stream().map(Migration::id).toList()) + "). Run mvn "
                    + "zenstack:migrate-rollback " + flag(COUNT, "" + chosen.size()) + " to roll back all of them.");
        }
        for (int j = i; j >= 0; j--) {
            Migration owner = owners.get(j);
            if (owner != null && chosen.containsKey(owner.id())) {
                throw new ZModelException("migrate-rollback stopped before rolling back anything: changesets of "
                        + owner.id() + " ran before and after changesets of other migrations in " + db + " (a "
                        + "partially applied migration continued later), so its changesets are not the newest. Roll "
                        + "back " + flag(COUNT, "" + (count + 1)) + " or more to include the others, or undo it with a "
                        + "new migration.");
            }
        }
        List<String> missing = new ArrayList<>();
        for (Migration m : newestFirst) {
            for (ChangelogSql.Changeset set : declared.get(m.id())) {
                if (!set.rollback() && rows.stream().anyMatch(set.changeset()::identifies)) {
                    missing.add(m.id() + " changeset " + set.changeset().id());
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new ZModelException("migrate-rollback cannot roll back " + String.join(", ", missing) + ": it has no "
                    + "rollback (Liquibase cannot derive one for SQL). Nothing was changed. Add a <rollback> that undoes "
                    + "it to the changeset (formatted SQL: a --rollback line; it is not part of the checksum) and run "
                    + "again, or undo the change with a new migration (mvn zenstack:migrate-dev).");
        }
        List<Migration> applied = new ArrayList<>();
        for (Migration owner : owners) {
            if (owner == null) {
                continue; // an older row of a migration missing from the directory: not replayed
            }
            applied.remove(owner);
            applied.add(owner); // ordered by each migration's newest row
        }
        return new Plan(List.copyOf(newestFirst), chosen, applied);
    }

    /**
     * Replays the applied migrations on a shadow database, rolls the planned ones back there and counts in the
     * database what the difference would lose. Refuses a rollback that fails there or cannot run on the data.
     */
    private static List<DataLossFinding> check(
            MigrateOptions options, MigrationsDirectory dir, Connection connection, Plan plan) {
        Listener listener = options.listener();
        String db = options.database().displayUrl();
        int declared = 0;
        for (Migration m : plan.migrations()) {
            declared += ChangelogSql.of(dir.path(), m.relativeFile(), options.provider())
                    .size();
        }
        List<SchemaChange> changes;
        try (ShadowDatabase shadow =
                ShadowDatabase.open(options.database(), connection, options.shadowDatabase(), listener)) {
            shadow.apply(dir, plan.applied());
            DatabaseSchema before = shadow.introspect();
            try {
                LiquibaseRunner.rollbackCount(
                        shadow.connection(),
                        shadow.history(),
                        dir.master(),
                        declared,
                        Quiet.of(listener),
                        LiquibaseRunner.ChangesetRan.NONE);
            } catch (ZModelException e) {
                throw new ZModelException(
                        "migrate-rollback stopped before rolling back anything on " + db + ": rolling back "
                                + plan.describe() + " fails on the shadow database (the migrations replayed on an "
                                + "empty database): " + e.getMessage() + ". Fix the rollback in the migration file "
                                + "(it is not part of the checksum) and run again.",
                        e);
            }
            changes = SchemaDiff.diff(before, shadow.introspect()).changes();
        }
        List<DataLossFinding> findings = DataLossCheck.check(connection, options.provider(), changes);
        List<DataLossFinding> fail = Findings.of(findings, DataLossFinding.Kind.WILL_FAIL);
        if (!fail.isEmpty()) {
            throw new ZModelException(
                    "migrate-rollback cannot roll back " + plan.describe() + " of " + db + " with the "
                            + "data it holds:\n" + Findings.bullets(fail)
                            + "\nNothing was changed. Fix the data first, or undo "
                            + "the migration with a new one (mvn zenstack:migrate-dev).");
        }
        return findings;
    }

    /** Asks like {@code migrate-reset} (batch: {@code force}); a rollback that loses data also needs a yes or the flag. */
    private static void confirm(MigrateOptions options, Plan plan, int count, List<DataLossFinding> findings) {
        String db = options.database().displayUrl();
        List<DataLossFinding> loss =
                options.acceptDataLoss() ? List.of() : Findings.of(findings, DataLossFinding.Kind.DATA_LOSS);
        String command = "mvn zenstack:migrate-rollback" + (count == 1 ? "" : " " + flag(COUNT, "" + count)) + " "
                + flag(FORCE, "true") + (loss.isEmpty() ? "" : " " + flag(ACCEPT_DATA_LOSS, "true"));
        String again = "Run " + command + " to roll back without being asked.";
        String losing = "The rollback would lose data:\n" + Findings.bullets(loss) + "\n";
        String refusal = "migrate-rollback did not roll back " + plan.describe() + " of " + db + ": it runs their "
                + "rollbacks and deletes their history rows, and in batch mode (mvn -B, CI, no terminal) nobody can "
                + "confirm that. " + (loss.isEmpty() ? "" : losing) + "Nothing was changed. " + again;
        String question = "migrate-rollback rolls back " + plan.describe() + " of " + db + ", newest first, and "
                + "deletes their history rows" + (loss.isEmpty() ? ". " : ". " + losing) + "Do you want to continue?";
        String declined = "Declined: migrate-rollback did not roll back " + db + "; nothing was changed. " + again;
        if (loss.isEmpty()) {
            ResetGuard.ask(options, refusal, question, declined);
        } else if (!options.prompter().isInteractive()) {
            throw new ZModelException(
                    options.force()
                            ? "migrate-rollback did not roll back " + plan.describe() + " of " + db + ": the "
                                    + "rollback would lose data:\n" + Findings.bullets(loss)
                                    + "\nIf that is intended, run again with " + flag(ACCEPT_DATA_LOSS, "true")
                                    + ". Nothing was changed."
                            : refusal);
        } else if (!options.prompter().confirm(question)) {
            throw new ZModelException(declined);
        }
    }

    private static MigrateRollbackResult rollBack(
            MigrateOptions options,
            MigrationsDirectory dir,
            Connection connection,
            Plan plan,
            List<DataLossFinding> findings) {
        Listener listener = options.listener();
        String db = options.database().displayUrl();
        Map<String, Integer> left = new HashMap<>(plan.rows());
        List<String> done = new ArrayList<>();
        LiquibaseRunner.ChangesetRan ran = (file, id) -> {
            done.add(id);
            for (Migration m : plan.migrations()) {
                String path = file == null ? "" : file.replace('\\', '/');
                if ((path.startsWith(m.id() + "/") || path.contains("/" + m.id() + "/"))
                        && left.computeIfPresent(m.id(), (k, v) -> v - 1) == 0) {
                    listener.info("Rolled back migration " + m.id());
                }
            }
        };
        try {
            LiquibaseRunner.rollbackCount(
                    connection, options.database().liquibase(), dir.master(), plan.changesets(), listener, ran);
        } catch (ZModelException e) {
            throw new ZModelException(
                    "migrate-rollback failed on " + db + ": " + e.getMessage() + ".\n"
                            + (done.isEmpty()
                                    ? "Nothing was rolled back."
                                    : "Rolled back before the failure (their history rows are deleted): "
                                            + String.join(", ", done) + ".")
                            + "\nmvn zenstack:migrate-status shows what is applied; fix the cause (the rollback in the "
                            + "migration file) and run mvn zenstack:migrate-rollback again for what is left.",
                    e);
        }
        listener.info("Rolled back " + plan.describe() + " of " + db + ". They are pending now: delete or change "
                + "their folders before the next migrate-deploy or migrate-dev, which would apply them again.");
        return new MigrateRollbackResult(
                plan.migrations(), plan.changesets(), Findings.of(findings, DataLossFinding.Kind.DATA_LOSS));
    }
}
