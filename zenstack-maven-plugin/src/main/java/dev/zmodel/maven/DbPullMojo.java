package dev.zmodel.maven;

import dev.zmodel.PropertyNames;
import dev.zmodel.pull.Casing;
import dev.zmodel.pull.DbPull;
import dev.zmodel.pull.Naming;
import dev.zmodel.pull.PullOptions;
import dev.zmodel.pull.PullResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the live database and writes or updates the ZModel schema ({@code db pull}). Tables, columns, types,
 * keys, indexes and foreign keys come from the database; everything the database cannot express that you wrote
 * in the schema — comments, renamed models and fields, relation names, policies, validation, computed fields,
 * other declarations — is kept. The schema files are replaced atomically; {@code -Dzenstack.dryRun} prints a
 * diff instead. Example: {@code mvn zenstack:db-pull -Dzenstack.url=postgresql://app@localhost/shop}.
 */
@Mojo(name = "db-pull", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class DbPullMojo extends AbstractDatabaseMojo {

    /**
     * Fail, instead of skipping with one info line, in a module of a multi-module build that has no schema file
     * (the goal runs in every module). Default: {@code false}. Example: {@code -Dzenstack.failIfNoSchema=true}.
     */
    @Parameter(property = PropertyNames.FAIL_IF_NO_SCHEMA, defaultValue = "false")
    private boolean failIfNoSchema;

    /**
     * Naming preset for new models and fields ({@code zenstack.naming}): {@code zenstack} (PascalCase models,
     * camelCase fields, friendly relation names) or {@code prisma} (names as in the database, like Prisma's
     * {@code db pull}). Existing declarations keep their names. Default: {@code zenstack}.
     * Example: {@code -Dzenstack.naming=prisma}.
     */
    @Parameter(property = PropertyNames.NAMING, defaultValue = "zenstack")
    private String naming;

    /**
     * Casing of new model and enum names, {@code zenstack} preset ({@code zenstack.modelCasing}): {@code pascal},
     * {@code camel}, {@code snake} or {@code none}. Default: {@code pascal}. Example: {@code -Dzenstack.modelCasing=none}.
     */
    @Parameter(property = PropertyNames.MODEL_CASING, defaultValue = "pascal")
    private String modelCasing;

    /**
     * Casing of new field names and enum values, {@code zenstack} preset ({@code zenstack.fieldCasing}):
     * {@code pascal}, {@code camel}, {@code snake} or {@code none}. Default: {@code camel}.
     * Example: {@code -Dzenstack.fieldCasing=snake}.
     */
    @Parameter(property = PropertyNames.FIELD_CASING, defaultValue = "camel")
    private String fieldCasing;

    /**
     * Write {@code @map}/{@code @@map} even where a name equals the database name ({@code zenstack.alwaysMap}).
     * Default: {@code false}. Example: {@code -Dzenstack.alwaysMap}.
     */
    @Parameter(property = PropertyNames.ALWAYS_MAP, defaultValue = "false")
    private boolean alwaysMap;

    /**
     * Ignore the existing models, views and enums and write the fresh result ({@code zenstack.force}); datasource,
     * generator and plugin blocks, types, imports and other declarations are kept. Default: {@code false}.
     * Example: {@code -Dzenstack.force}.
     */
    @Parameter(property = PropertyNames.FORCE, defaultValue = "false")
    private boolean force;

    /**
     * Print a unified diff of what would change and write nothing ({@code zenstack.dryRun}). Default:
     * {@code false}. Example: {@code -Dzenstack.dryRun}.
     */
    @Parameter(property = PropertyNames.DRY_RUN, defaultValue = "false")
    private boolean dryRun;

    @Inject
    public DbPullMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run() throws MojoFailureException {
        PullResult result = DbPull.pull(PullOptions.of(schema.toPath())
                .withConnection(connectionOverrides())
                .withNaming(option(PropertyNames.NAMING, naming, Naming::fromId, "zenstack or prisma"))
                .withModelCasing(option(PropertyNames.MODEL_CASING, modelCasing, Casing::fromId, CASINGS))
                .withFieldCasing(option(PropertyNames.FIELD_CASING, fieldCasing, Casing::fromId, CASINGS))
                .withAlwaysMap(alwaysMap)
                .withInclude(Parameters.commaSeparated(include))
                .withExclude(Parameters.commaSeparated(exclude))
                .withForce(force)
                .withDryRun(dryRun)
                .withListener(listener())
                .withEnvironment(environment()));
        result.summary().lines().forEach(getLog()::info);
        result.warnings().forEach(w -> getLog().warn(w.kind() + " " + w.object() + ": " + w.message()));
        result.mergeWarnings().forEach(w -> getLog().warn(w.kind() + " " + w));
        result.problems().forEach(d -> getLog().warn(d.format()));
        if (result.written()) {
            result.files().stream().filter(f -> f.changed()).forEach(f -> getLog().info("Wrote " + f.path()));
        }
        if (dryRun) {
            getLog().info(
                            result.changed()
                                    ? "Dry run, nothing written. The pull would change:\n" + result.diff()
                                    : "Dry run: the schema is up to date.");
        } else if (!result.changed()) {
            getLog().info("The schema is up to date: " + schema);
        }
    }

    private static final String CASINGS = "pascal, camel, snake or none";

    private static <T> T option(String property, String value, Function<String, Optional<T>> parse, String allowed)
            throws MojoFailureException {
        return Parameters.oneOf(
                value,
                parse,
                () -> "Unknown " + property + " '" + value + "': use " + allowed + " ("
                        + PropertyNames.flag(property, "…") + "). See mvn zenstack:help -Ddetail -Dgoal=db-pull.");
    }

    @Override
    protected String skipReason() {
        return skipIfModuleWithoutSchema(failIfNoSchema);
    }

    @Override
    protected String goalName() {
        return "db-pull";
    }
}
