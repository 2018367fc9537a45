package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import dev.zmodel.migrate.MigrateRollback;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/**
 * Rolls back the last {@code count} applied migrations through their changesets' rollbacks (Liquibase
 * {@code rollbackCount}), newest first, and deletes their history rows; the migration folders stay and are pending
 * afterwards. Checks the rollback on a shadow database first and refuses one that would drop data (a table or column
 * holding rows) unless {@code acceptDataLoss}, and a changeset without a rollback. In an interactive session it asks
 * first ({@code [y/N]}); in batch mode it refuses unless {@code force}.
 * Example: {@code mvn zenstack:migrate-rollback -Dzenstack.count=2}.
 */
@Mojo(name = "migrate-rollback", threadSafe = true, requiresProject = false)
public class MigrateRollbackMojo extends AbstractMigrateMojo {

    /**
     * How many of the last applied migrations to roll back, newest first. Default: {@code 1}.
     * Example: {@code -Dzenstack.count=2}.
     */
    @Parameter(property = PropertyNames.COUNT, defaultValue = "1")
    private int count;

    /**
     * Roll back without asking; needed in batch mode ({@code -B}, CI), where nobody can answer. Default:
     * {@code false}. Example: {@code -Dzenstack.force=true}.
     */
    @Parameter(property = PropertyNames.FORCE, defaultValue = "false")
    private boolean force;

    /**
     * Roll back although the rollback drops data (a table or column created by the migration that holds rows now),
     * without asking. Default: {@code false}. Example: {@code -Dzenstack.acceptDataLoss=true}.
     */
    @Parameter(property = PropertyNames.ACCEPT_DATA_LOSS, defaultValue = "false")
    private boolean acceptDataLoss;

    @Inject
    public MigrateRollbackMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run() throws MojoFailureException {
        MigrateRollback.run(
                MigrateMojoSupport.options(this, false).withForce(force).withAcceptDataLoss(acceptDataLoss), count);
    }

    @Override
    protected String goalName() {
        return "migrate-rollback";
    }
}
