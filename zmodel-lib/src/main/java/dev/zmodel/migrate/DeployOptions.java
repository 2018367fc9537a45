package dev.zmodel.migrate;

/**
 * What only {@code migrate-deploy} takes, on top of {@link MigrateOptions}.
 *
 * @param dryRun     print the SQL the pending migrations would run and change nothing: no changeset runs, no
 *                   history row is written, Liquibase's tables are not even created (Liquibase's
 *                   {@code update-sql}, for a DBA's review)
 * @param outOfOrder apply pending migrations that are older than applied ones (merged from another branch after
 *                   newer ones were deployed); without it {@code migrate-deploy} refuses them, as Flyway does without
 *                   {@code outOfOrder}
 */
public record DeployOptions(boolean dryRun, boolean outOfOrder) {
    /** Apply; refuse out-of-order migrations. */
    public static DeployOptions defaults() {
        return new DeployOptions(false, false);
    }

    public DeployOptions withDryRun(boolean value) {
        return new DeployOptions(value, outOfOrder);
    }

    public DeployOptions withOutOfOrder(boolean value) {
        return new DeployOptions(dryRun, value);
    }
}
