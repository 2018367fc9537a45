package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import dev.zmodel.migrate.DbPush;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/**
 * Prototyping: makes the database match the ZModel schema directly, without migration files or history. Refuses
 * changes that lose data unless {@code acceptDataLoss}: in an interactive session it lists the data that would be
 * lost and asks; in batch mode it stops and names {@code -Dzenstack.acceptDataLoss=true}. {@code forceReset} drops
 * everything first, after asking (batch mode: only with {@code force}). Afterwards use {@code migrate-reset} and
 * {@code migrate-dev} to turn the prototype into a migration. Example: {@code mvn zenstack:db-push}.
 */
@Mojo(name = "db-push", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class DbPushMojo extends AbstractResettingMojo {

    /**
     * Fail, instead of skipping with one info line, in a module of a multi-module build that has no schema file
     * (the goal runs in every module). Default: {@code false}. Example: {@code -Dzenstack.failIfNoSchema=true}.
     */
    @Parameter(property = PropertyNames.FAIL_IF_NO_SCHEMA, defaultValue = "false")
    private boolean failIfNoSchema;

    /**
     * Apply changes that lose data without asking (batch mode: at all). Default: {@code false}.
     * Example: {@code -Dzenstack.acceptDataLoss=true}.
     */
    @Parameter(property = PropertyNames.ACCEPT_DATA_LOSS, defaultValue = "false")
    private boolean acceptDataLoss;

    /** Drop every table, view and type first. Example: {@code -Dzenstack.forceReset}. */
    @Parameter(property = PropertyNames.FORCE_RESET, defaultValue = "false")
    private boolean forceReset;

    /**
     * With {@code forceReset}: drop everything without asking (needed in batch mode, where nobody can answer). A
     * database that is not local still needs {@code allowRemote}. Default: {@code false}.
     * Example: {@code -Dzenstack.force=true}.
     */
    @Parameter(property = PropertyNames.FORCE, defaultValue = "false")
    private boolean force;

    /** Rename hints (comma-separated, ZModel names: {@code Model.old=Model.new}, {@code OldModel=NewModel}). Example: {@code -Dzenstack.renames=User.name=User.fullName}. */
    @Parameter(property = PropertyNames.RENAMES)
    private String renames;

    @Inject
    public DbPushMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run() throws MojoFailureException {
        DbPush.run(MigrateMojoSupport.options(this, true)
                .withAcceptDataLoss(acceptDataLoss)
                .withAllowRemote(allowRemote())
                .withForceReset(forceReset)
                .withForce(force)
                .withRenames(Parameters.commaSeparated(renames)));
    }

    @Override
    protected String skipReason() {
        return skipIfModuleWithoutSchema(failIfNoSchema);
    }

    @Override
    protected String goalName() {
        return "db-push";
    }
}
