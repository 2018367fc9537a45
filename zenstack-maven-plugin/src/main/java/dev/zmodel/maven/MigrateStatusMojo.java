package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import dev.zmodel.ZModelException;
import dev.zmodel.migrate.MigrateStatus;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/**
 * Lists every migration as applied, pending, partially applied (failed) or edited, and migrations applied to the
 * database but missing from the directory. Fails on edited or failed migrations, on drift ({@code checkDrift}) and,
 * as a CI gate, on pending migrations ({@code failOnPending}).
 * Example: {@code mvn zenstack:migrate-status -Dzenstack.failOnPending}.
 */
@Mojo(
        name = "migrate-status",
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME,
        requiresProject = false)
public class MigrateStatusMojo extends AbstractReplayingMojo {

    /** Fail the build when migrations are pending. Example: {@code -Dzenstack.failOnPending}. */
    @Parameter(property = PropertyNames.FAIL_ON_PENDING, defaultValue = "false")
    private boolean failOnPending;

    /**
     * Also replay the applied migrations on a shadow database (or take their replay from the replay cache) and fail
     * when the database differs (drift). Example: {@code -Dzenstack.checkDrift}.
     */
    @Parameter(property = PropertyNames.CHECK_DRIFT, defaultValue = "false")
    private boolean checkDrift;

    @Inject
    public MigrateStatusMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run() throws MojoFailureException {
        MigrateStatus.run(MigrateMojoSupport.options(this, false)
                .withCheckDrift(checkDrift)
                .withFailOnPending(failOnPending)
                .withReplayCache(replayCache()));
    }

    /** Differences found fail the build; a status that cannot be read is an error of its own (docs/migrations.md#ci-checks). */
    @Override
    protected void fail(ZModelException e) throws MojoExecutionException, MojoFailureException {
        MigrateMojoSupport.failCheck(this, e);
    }

    @Override
    protected String goalName() {
        return "migrate-status";
    }
}
