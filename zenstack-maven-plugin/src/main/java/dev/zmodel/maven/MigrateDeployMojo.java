package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import dev.zmodel.migrate.DeployOptions;
import dev.zmodel.migrate.MigrateDeploy;
import dev.zmodel.migrate.MigrateDeployResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.time.Duration;

/**
 * Applies every pending migration of the migrations directory (Liquibase {@code update} of
 * {@code changelog.xml}) — for CI, staging and production. Bound to {@code pre-integration-test} by default, so
 * integration tests run against an up-to-date schema. Runs under a database advisory lock and Liquibase's lock;
 * stops before applying anything when an applied migration was edited; idempotent. Never generates or resets.
 * Works without a schema file when {@code zenstack.url} and {@code zenstack.migrations} are given.
 * Example: {@code mvn zenstack:migrate-deploy -Dzenstack.url=postgresql://app@db.example.com/shop}.
 */
@Mojo(
        name = "migrate-deploy",
        defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME,
        requiresProject = false)
public class MigrateDeployMojo extends AbstractMigrateMojo {

    /**
     * Release a stale Liquibase lock ({@code DATABASECHANGELOGLOCK} row left by a killed run) before applying.
     * Only a lock found while this run holds the advisory lock is released, so it never belongs to another zenstack
     * run; make sure no other Liquibase process (an application applying the changelogs) is running. Default
     * {@code false}. Example: {@code -Dzenstack.releaseLock}.
     */
    @Parameter(property = PropertyNames.RELEASE_LOCK, defaultValue = "false")
    private boolean releaseLock;

    /**
     * Seconds to wait for a Liquibase lock ({@code DATABASECHANGELOGLOCK}) held by another run before failing with
     * who holds it ({@code LOCKEDBY}, {@code LOCKGRANTED}) and how to release it. Default {@code 10}. Example:
     * {@code -Dzenstack.liquibaseLockWait=120}.
     */
    @Parameter(property = PropertyNames.LIQUIBASE_LOCK_WAIT, defaultValue = "10")
    private int liquibaseLockWait;

    /**
     * Print the SQL the pending migrations would run (for a DBA's review) and change nothing: no changeset runs, and
     * Liquibase's history and lock tables are not created. Default {@code false}. Example:
     * {@code -Dzenstack.dryRun=true}.
     */
    @Parameter(property = PropertyNames.DRY_RUN, defaultValue = "false")
    private boolean dryRun;

    /**
     * Apply pending migrations that are older than applied ones (a branch merged after newer migrations were
     * deployed); without it the deploy refuses them, naming them. They run after the newer ones. Default
     * {@code false}. Example: {@code -Dzenstack.outOfOrder=true}.
     */
    @Parameter(property = PropertyNames.OUT_OF_ORDER, defaultValue = "false")
    private boolean outOfOrder;

    @Inject
    public MigrateDeployMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run() throws MojoFailureException {
        MigrateDeployResult result = MigrateDeploy.run(
                MigrateMojoSupport.options(this, false)
                        .withReleaseLock(releaseLock)
                        .withLiquibaseLockWait(Duration.ofSeconds(Math.max(0, liquibaseLockWait))),
                DeployOptions.defaults().withDryRun(dryRun).withOutOfOrder(outOfOrder));
        if (result.dryRunSql() != null) {
            getLog().info("\n" + result.dryRunSql());
        }
    }

    @Override
    protected String goalName() {
        return "migrate-deploy";
    }
}
