package dev.zmodel.pull;

import dev.zmodel.Listener;
import dev.zmodel.datasource.ConnectionOverrides;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything {@link DbPull} needs: {@link #of(Path)} and the {@code with…} methods; every option has a default.
 *
 * @param schema       the entry file of the ZModel schema to update (null for {@link DbPull#pull(Connection, String, PullOptions)})
 * @param connection   url/user/password overriding the schema's {@code datasource.url} (default: none)
 * @param jdbcConnection a connection supplied by the caller instead (not closed by the pull); null to connect
 *                     with the datasource settings
 * @param naming       naming preset of new declarations (default {@code zenstack})
 * @param modelCasing  casing of new model/enum names, {@code zenstack} preset (default {@code pascal})
 * @param fieldCasing  casing of new field/enum value names, {@code zenstack} preset (default {@code camel})
 * @param alwaysMap    write {@code @map}/{@code @@map} even where the name equals the database name
 * @param include      table/view globs to introspect ({@code *}, {@code ?}; with a dot: {@code schema.table});
 *                     empty: all. Models of other tables are left as they are
 * @param exclude      table/view globs to leave out
 * @param force        ignore the existing models, views and enums and write the fresh result (other
 *                     declarations, imports and files are kept)
 * @param dryRun       compute everything, including the diff, but write nothing
 * @param validate     also validate the merged schema and report its errors in {@link PullResult#problems()}
 *                     (costs about as much as the pull itself on a cold JVM; {@code zenstack:validate} does the same)
 * @param listener     progress messages (default: none)
 * @param environment  lookup for {@code env("NAME")} in the datasource (default {@code System::getenv})
 */
public record PullOptions(
        Path schema,
        ConnectionOverrides connection,
        Connection jdbcConnection,
        Naming naming,
        Casing modelCasing,
        Casing fieldCasing,
        boolean alwaysMap,
        List<String> include,
        List<String> exclude,
        boolean force,
        boolean dryRun,
        boolean validate,
        Listener listener,
        Function<String, String> environment) {
    public PullOptions {
        connection = connection == null ? ConnectionOverrides.NONE : connection;
        naming = naming == null ? Naming.ZENSTACK : naming;
        modelCasing = modelCasing == null ? Casing.PASCAL : modelCasing;
        fieldCasing = fieldCasing == null ? Casing.CAMEL : fieldCasing;
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        listener = listener == null ? Listener.NONE : listener;
        environment = environment == null ? System::getenv : environment;
    }

    /** Options for pulling into the schema file {@code schema}; every other option at its default. */
    public static PullOptions of(Path schema) {
        return new PullOptions(
                schema, null, null, null, null, null, false, null, null, false, false, false, null, null);
    }

    /** Options without a schema file, for {@link DbPull#pull(Connection, String, PullOptions)}. */
    public static PullOptions defaults() {
        return of(null);
    }

    public PullOptions withSchema(Path value) {
        return new PullOptions(
                value,
                connection,
                jdbcConnection,
                naming,
                modelCasing,
                fieldCasing,
                alwaysMap,
                include,
                exclude,
                force,
                dryRun,
                validate,
                listener,
                environment);
    }

    /** The url/user/password overriding the schema's {@code datasource.url}. */
    public PullOptions withConnection(ConnectionOverrides value) {
        return new PullOptions(
                schema,
                value,
                jdbcConnection,
                naming,
                modelCasing,
                fieldCasing,
                alwaysMap,
                include,
                exclude,
                force,
                dryRun,
                validate,
                listener,
                environment);
    }

    /** A connection of the caller's to read instead of connecting (it is not closed). */
    public PullOptions withJdbcConnection(Connection value) {
        return new PullOptions(
                schema,
                connection,
                value,
                naming,
                modelCasing,
                fieldCasing,
                alwaysMap,
                include,
                exclude,
                force,
                dryRun,
                validate,
                listener,
                environment);
    }

    public PullOptions withNaming(Naming value) {
        return new PullOptions(
                schema,
                connection,
                jdbcConnection,
                value,
                modelCasing,
                fieldCasing,
                alwaysMap,
                include,
                exclude,
                force,
                dryRun,
                validate,
                listener,
                environment);
    }

    public PullOptions withModelCasing(Casing value) {
        return new PullOptions(
                schema,
                connection,
                jdbcConnection,
                naming,
                value,
                fieldCasing,
                alwaysMap,
                include,
                exclude,
                force,
                dryRun,
                validate,
                listener,
                environment);
    }

    public PullOptions withFieldCasing(Casing value) {
        return new PullOptions(
                schema,
                connection,
                jdbcConnection,
                naming,
                modelCasing,
                value,
                alwaysMap,
                include,
                exclude,
                force,
                dryRun,
                validate,
                listener,
                environment);
    }

    public PullOptions withAlwaysMap(boolean value) {
        return new PullOptions(
                schema,
                connection,
                jdbcConnection,
                naming,
                modelCasing,
                fieldCasing,
                value,
                include,
                exclude,
                force,
                dryRun,
                validate,
                listener,
                environment);
    }

    public PullOptions withInclude(List<String> value) {
        return new PullOptions(
                schema,
                connection,
                jdbcConnection,
                naming,
                modelCasing,
                fieldCasing,
                alwaysMap,
                value,
                exclude,
                force,
                dryRun,
                validate,
                listener,
                environment);
    }

    public PullOptions withExclude(List<String> value) {
        return new PullOptions(
                schema,
                connection,
                jdbcConnection,
                naming,
                modelCasing,
                fieldCasing,
                alwaysMap,
                include,
                value,
                force,
                dryRun,
                validate,
                listener,
                environment);
    }

    public PullOptions withForce(boolean value) {
        return new PullOptions(
                schema,
                connection,
                jdbcConnection,
                naming,
                modelCasing,
                fieldCasing,
                alwaysMap,
                include,
                exclude,
                value,
                dryRun,
                validate,
                listener,
                environment);
    }

    public PullOptions withDryRun(boolean value) {
        return new PullOptions(
                schema,
                connection,
                jdbcConnection,
                naming,
                modelCasing,
                fieldCasing,
                alwaysMap,
                include,
                exclude,
                force,
                value,
                validate,
                listener,
                environment);
    }

    public PullOptions withValidate(boolean value) {
        return new PullOptions(
                schema,
                connection,
                jdbcConnection,
                naming,
                modelCasing,
                fieldCasing,
                alwaysMap,
                include,
                exclude,
                force,
                dryRun,
                value,
                listener,
                environment);
    }

    public PullOptions withListener(Listener value) {
        return new PullOptions(
                schema,
                connection,
                jdbcConnection,
                naming,
                modelCasing,
                fieldCasing,
                alwaysMap,
                include,
                exclude,
                force,
                dryRun,
                validate,
                value,
                environment);
    }

    /** The lookup for {@code env("NAME")}; not null. */
    public PullOptions withEnvironment(Function<String, String> value) {
        return new PullOptions(
                schema,
                connection,
                jdbcConnection,
                naming,
                modelCasing,
                fieldCasing,
                alwaysMap,
                include,
                exclude,
                force,
                dryRun,
                validate,
                listener,
                Objects.requireNonNull(value));
    }
}
