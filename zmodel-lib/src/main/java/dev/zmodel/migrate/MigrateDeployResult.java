package dev.zmodel.migrate;

import java.util.List;

/**
 * @param applied        the migrations this run applied, in order (empty: the database was up to date, or a dry run)
 * @param alreadyApplied how many migrations were applied before
 * @param releasedLock   true when a stale Liquibase lock was released ({@code releaseLock})
 * @param dryRunSql      with {@link DeployOptions#dryRun()}: the SQL the pending migrations would run (a script
 *                       with a comment per migration and changeset); otherwise null
 */
public record MigrateDeployResult(List<Migration> applied, int alreadyApplied, boolean releasedLock, String dryRunSql) {
    public MigrateDeployResult {
        applied = List.copyOf(applied);
    }

    public MigrateDeployResult(List<Migration> applied, int alreadyApplied, boolean releasedLock) {
        this(applied, alreadyApplied, releasedLock, null);
    }

    public boolean upToDate() {
        return applied.isEmpty();
    }
}
