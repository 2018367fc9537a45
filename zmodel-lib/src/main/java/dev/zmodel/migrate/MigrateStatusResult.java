package dev.zmodel.migrate;

import dev.zmodel.diff.SchemaChange;
import dev.zmodel.liquibase.ChangelogHistory;

import java.util.List;

/**
 * @param history      every migration's state and the rows of migrations missing from the directory
 * @param driftChecked whether drift was checked ({@code checkDrift})
 * @param drift        how the database differs from what its applied migrations produce (empty: no drift)
 * @param lock         Liquibase's lock row, when the table exists
 */
public record MigrateStatusResult(
        MigrationHistory history, boolean driftChecked, List<SchemaChange> drift, ChangelogHistory.Lock lock) {
    public MigrateStatusResult {
        drift = List.copyOf(drift);
    }

    public boolean hasPending() {
        return !history.pending().isEmpty();
    }

    /** Nothing pending, nothing edited or failed, no drift. */
    public boolean upToDate() {
        return !hasPending() && !history.hasProblems() && drift.isEmpty();
    }
}
