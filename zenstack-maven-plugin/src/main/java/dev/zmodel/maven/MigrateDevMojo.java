package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import dev.zmodel.migrate.MigrateDev;
import dev.zmodel.migrate.MigrateDevResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/**
 * Development only: checks the migration history and drift of the development database, applies pending
 * migrations, and when the ZModel schema changed writes a new migration ({@code zenstack/migrations/<timestamp>_<name>/})
 * and applies it. Writes nothing when the schema is in sync. In an interactive session it asks before resetting the
 * database and before a migration that loses data; in batch mode it stops and names {@code -Dzenstack.reset=true}
 * or {@code -Dzenstack.acceptDataLoss=true}. Never run it against production: use {@code migrate-deploy} there.
 * Example: {@code mvn zenstack:migrate-dev -Dzenstack.name=init}.
 */
@Mojo(name = "migrate-dev", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class MigrateDevMojo extends AbstractReplayingMojo {

    /**
     * Fail, instead of skipping with one info line, in a module of a multi-module build that has no schema file
     * (the goal runs in every module). Default: {@code false}. Example: {@code -Dzenstack.failIfNoSchema=true}.
     */
    @Parameter(property = PropertyNames.FAIL_IF_NO_SCHEMA, defaultValue = "false")
    private boolean failIfNoSchema;

    /** Name of the new migration (required when the schema changed). Example: {@code -Dzenstack.name=add_posts}. */
    @Parameter(property = PropertyNames.NAME)
    private String name;

    /** Write the new migration without applying it, to edit it first. Example: {@code -Dzenstack.createOnly}. */
    @Parameter(property = PropertyNames.CREATE_ONLY, defaultValue = "false")
    private boolean createOnly;

    /**
     * Create and apply a migration that loses data (drops a column with values, …) without asking (batch mode: at
     * all). Default: {@code false}. Example: {@code -Dzenstack.acceptDataLoss=true}.
     */
    @Parameter(property = PropertyNames.ACCEPT_DATA_LOSS, defaultValue = "false")
    private boolean acceptDataLoss;

    /**
     * Reset the development database (all data lost) when drift or a broken history requires it, without asking
     * (batch mode: at all). Default: {@code false}. Example: {@code -Dzenstack.reset=true}.
     */
    @Parameter(property = PropertyNames.RESET, defaultValue = "false")
    private boolean reset;

    /** Format of new migrations: {@code xml} (default), {@code yaml} or {@code sql}. Example: {@code -Dzenstack.changelogFormat=yaml}. */
    @Parameter(property = PropertyNames.CHANGELOG_FORMAT, defaultValue = "xml")
    private String changelogFormat;

    /**
     * Rename hints (comma-separated), so a rename keeps its data instead of drop + add; ZModel names
     * ({@code Model.oldField=Model.newField}, {@code OldModel=NewModel}), translated through {@code @map}/{@code @@map}. Example: {@code -Dzenstack.renames=User.name=User.fullName}.
     */
    @Parameter(property = PropertyNames.RENAMES)
    private String renames;

    /**
     * Allow this goal to drop every object of a database that is not local (host not localhost, 127.x.x.x or ::1,
     * not a socket, not SQLite): {@code migrate-reset} always does, {@code migrate-dev} when it resets,
     * {@code db-push} with {@code forceReset}. Default: {@code false}. Example: {@code -Dzenstack.allowRemote=true}.
     */
    // declared here, as in AbstractResettingMojo: this goal's parent class is the one that shares the replay cache
    @Parameter(property = PropertyNames.ALLOW_REMOTE, defaultValue = "false")
    private boolean allowRemote;

    @Inject
    public MigrateDevMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run() throws MojoFailureException {
        MigrateDevResult result = MigrateDev.run(MigrateMojoSupport.options(this, true)
                .withName(name)
                .withCreateOnly(createOnly)
                .withAcceptDataLoss(acceptDataLoss)
                .withReset(reset)
                .withAllowRemote(allowRemote)
                .withChangelogFormat(MigrateMojoSupport.format(changelogFormat))
                .withRenames(Parameters.commaSeparated(renames))
                .withReplayCache(replayCache()));
        getLog().debug("migrate-dev: "
                + (result.inSync() ? "in sync" : "created " + result.created().id()));
    }

    @Override
    protected String skipReason() {
        return skipIfModuleWithoutSchema(failIfNoSchema);
    }

    @Override
    protected String goalName() {
        return "migrate-dev";
    }
}
