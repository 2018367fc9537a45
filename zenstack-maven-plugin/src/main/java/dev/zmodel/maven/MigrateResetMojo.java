package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import dev.zmodel.migrate.MigrateReset;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.io.File;
import java.util.List;

/**
 * Development only: drops every table, view and type of the database, applies every migration again and runs the
 * seed SQL files. In an interactive session it asks first ({@code [y/N]}, no drops nothing); in batch mode it refuses
 * unless {@code force}. Refuses a database that is not local unless {@code allowRemote}, forced or not.
 * Example: {@code mvn zenstack:migrate-reset -Dzenstack.seed=zenstack/seed.sql}.
 */
@Mojo(
        name = "migrate-reset",
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME,
        requiresProject = false)
public class MigrateResetMojo extends AbstractResettingMojo {

    /**
     * SQL files run after the migrations, in order (statements separated by {@code ;}).
     * Example: {@code -Dzenstack.seed=zenstack/seed.sql}.
     */
    @Parameter(property = PropertyNames.SEED)
    private List<File> seed;

    /**
     * Reset without asking (Prisma's {@code migrate reset --force}); needed in batch mode ({@code -B}, CI), where
     * nobody can answer. A database that is not local still needs {@code allowRemote}. Default: {@code false}.
     * Example: {@code -Dzenstack.force=true}.
     */
    @Parameter(property = PropertyNames.FORCE, defaultValue = "false")
    private boolean force;

    @Inject
    public MigrateResetMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run() throws MojoFailureException {
        MigrateReset.run(
                MigrateMojoSupport.options(this, false)
                        .withAllowRemote(allowRemote())
                        .withForce(force),
                seed == null ? List.of() : seed.stream().map(File::toPath).toList());
    }

    @Override
    protected String goalName() {
        return "migrate-reset";
    }
}
