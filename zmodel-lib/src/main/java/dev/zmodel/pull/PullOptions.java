package dev.zmodel.pull;

import dev.zmodel.Listener;
import dev.zmodel.datasource.ConnectionOverrides;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything {@link DbPull} needs. Build with {@link #builder(Path)}; every option has a default.
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
public record PullOptions(Path schema, ConnectionOverrides connection, Connection jdbcConnection, Naming naming,
                          Casing modelCasing, Casing fieldCasing, boolean alwaysMap, List<String> include,
                          List<String> exclude, boolean force, boolean dryRun, boolean validate, Listener listener,
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

    /** Options for pulling into the schema file {@code schema}. */
    public static Builder builder(Path schema) {
        return new Builder().schema(schema);
    }

    /** Options without a schema file, for {@link DbPull#pull(Connection, String, PullOptions)}. */
    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.schema = schema;
        b.connection = connection;
        b.jdbcConnection = jdbcConnection;
        b.naming = naming;
        b.modelCasing = modelCasing;
        b.fieldCasing = fieldCasing;
        b.alwaysMap = alwaysMap;
        b.include = include;
        b.exclude = exclude;
        b.force = force;
        b.dryRun = dryRun;
        b.validate = validate;
        b.listener = listener;
        b.environment = environment;
        return b;
    }

    /** A mutable builder; {@link #build()} makes the immutable options. */
    public static final class Builder {
        private Path schema;
        private ConnectionOverrides connection;
        private Connection jdbcConnection;
        private Naming naming;
        private Casing modelCasing;
        private Casing fieldCasing;
        private boolean alwaysMap;
        private List<String> include;
        private List<String> exclude;
        private boolean force;
        private boolean dryRun;
        private boolean validate;
        private Listener listener;
        private Function<String, String> environment;

        private Builder() {
        }

        public Builder schema(Path value) {
            schema = value;
            return this;
        }

        public Builder connection(ConnectionOverrides value) {
            connection = value;
            return this;
        }

        /** Shorthand for {@code connection(new ConnectionOverrides(url, user, password))}. */
        public Builder url(String url, String user, String password) {
            connection = new ConnectionOverrides(url, user, password);
            return this;
        }

        public Builder jdbcConnection(Connection value) {
            jdbcConnection = value;
            return this;
        }

        public Builder naming(Naming value) {
            naming = value;
            return this;
        }

        public Builder modelCasing(Casing value) {
            modelCasing = value;
            return this;
        }

        public Builder fieldCasing(Casing value) {
            fieldCasing = value;
            return this;
        }

        public Builder alwaysMap(boolean value) {
            alwaysMap = value;
            return this;
        }

        public Builder include(List<String> value) {
            include = value;
            return this;
        }

        public Builder exclude(List<String> value) {
            exclude = value;
            return this;
        }

        public Builder force(boolean value) {
            force = value;
            return this;
        }

        public Builder dryRun(boolean value) {
            dryRun = value;
            return this;
        }

        public Builder validate(boolean value) {
            validate = value;
            return this;
        }

        public Builder listener(Listener value) {
            listener = value;
            return this;
        }

        public Builder environment(Function<String, String> value) {
            environment = Objects.requireNonNull(value);
            return this;
        }

        public PullOptions build() {
            return new PullOptions(schema, connection, jdbcConnection, naming, modelCasing, fieldCasing, alwaysMap,
                    include, exclude, force, dryRun, validate, listener, environment);
        }
    }
}
