package dev.zmodel.migrate;

import java.util.List;

/**
 * @param applied        the migrations this run applied, in order (empty: the database was up to date)
 * @param alreadyApplied how many migrations were applied before
 * @param releasedLock   true when a stale Liquibase lock was released ({@code releaseLock})
 */
public record MigrateDeployResult(List<Migration> applied, int alreadyApplied, boolean releasedLock) {
    public MigrateDeployResult {
        applied = List.copyOf(applied);
    }

    public boolean upToDate() {
        return applied.isEmpty();
    }
}
