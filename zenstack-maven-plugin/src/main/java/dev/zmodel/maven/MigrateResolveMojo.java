package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import dev.zmodel.migrate.MigrateResolve;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/**
 * Repairs the migration history after a failed deploy, without changing the schema: {@code applied} records a
 * migration as applied without running it (after finishing it by hand), and re-records an applied migration whose
 * file was edited since (after saying what changed); {@code rolledBack} deletes its history rows so the next deploy
 * runs it again (after undoing it by hand: it prints the rollback SQL of the changesets that ran). Exactly one of them.
 * Example: {@code mvn zenstack:migrate-resolve -Dzenstack.applied=20261122093000_init}.
 */
@Mojo(
        name = "migrate-resolve",
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME,
        requiresProject = false)
public class MigrateResolveMojo extends AbstractMigrateMojo {

    /**
     * Migration to record as applied (folder name or name); an applied migration whose file was edited is re-recorded
     * as the file is now. Example: {@code -Dzenstack.applied=20261122093000_init}.
     */
    @Parameter(property = PropertyNames.APPLIED)
    private String applied;

    /** Migration whose history rows to delete so it runs again. Example: {@code -Dzenstack.rolledBack=add_posts}. */
    @Parameter(property = PropertyNames.ROLLED_BACK)
    private String rolledBack;

    @Inject
    public MigrateResolveMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run() throws MojoFailureException {
        MigrateResolve.run(MigrateMojoSupport.options(this, false), applied, rolledBack);
    }

    @Override
    protected String goalName() {
        return "migrate-resolve";
    }
}
