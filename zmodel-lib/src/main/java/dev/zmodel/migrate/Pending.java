package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.liquibase.LiquibaseRunner;

import java.sql.Connection;
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

    /** Runs Liquibase {@code update} on the master changelog and reports each migration it applied. */
    static List<Migration> apply(Connection connection, dev.zmodel.datasource.ConnectionSettings database,
                                 MigrationsDirectory directory, MigrationHistory history, Listener listener) {
        List<Migration> pending = of(history);
        if (pending.isEmpty()) {
            return List.of();
        }
        try {
            LiquibaseRunner.update(connection, directory.master(), listener);
        } catch (ZModelException e) {
            var privilege = Privileges.missing(database, e, " Nothing was recorded for the migration that failed.");
            if (privilege.isPresent()) {
                throw new ZModelException(e.getMessage() + "\n" + privilege.get(), e);
            }
            throw new ZModelException(e.getMessage() + "\nNothing of the failed changeset was recorded. Fix the cause "
                    + "and run again: Liquibase continues with the changeset that failed. If you fixed the database by "
                    + "hand instead, record the migration with migrate-resolve -Dzenstack.applied=<migration>.", e);
        }
        for (Migration m : pending) {
            listener.info("Applied migration " + m.id());
        }
        return pending;
    }
}
