package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionOverrides;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.datasource.DatasourceConfig;
import dev.zmodel.datasource.JdbcUrls;
import dev.zmodel.diff.RenameHint;
import dev.zmodel.lang.LoadedFiles;
import dev.zmodel.lang.LoadedSchema;
import dev.zmodel.lang.SchemaIndex;
import dev.zmodel.lang.ZModelFiles;
import dev.zmodel.model.ModelOptions;
import dev.zmodel.model.RelationalModel;
import dev.zmodel.model.RenameHints;
import dev.zmodel.schema.DatabaseSchema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static dev.zmodel.PropertyNames.SCHEMA;
import static dev.zmodel.PropertyNames.URL;
import static dev.zmodel.PropertyNames.flag;

/**
 * A ZModel schema file as the migration workflows use it: its datasource (provider, url, shadowDatabaseUrl,
 * schemas) resolved with connection overrides and the environment, its default migrations directory
 * ({@code migrations/} next to the schema), and its {@link DesiredState} (the schema converted by
 * {@link RelationalModel}). {@code migrate-deploy} and friends also work without a schema file when a URL is given,
 * so production can deploy from the migrations directory alone.
 */
public final class ZModelProject {
    private final Path schemaFile;
    private final DatasourceConfig datasource;
    private final LoadedFiles loaded;

    private ZModelProject(Path schemaFile, DatasourceConfig datasource, LoadedFiles loaded) {
        this.schemaFile = schemaFile;
        this.datasource = datasource;
        this.loaded = loaded;
    }

    /** Loads the schema's datasource; the models are converted only when {@link #desired()} is used. */
    public static ZModelProject load(Path schemaFile) {
        Path file = schemaFile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new ZModelException("The ZModel schema " + file + " does not exist. Point "
                    + flag(SCHEMA) + " at your schema file, or create it with a datasource block and your models "
                    + "(see docs/zmodel.md).");
        }
        LoadedFiles loaded = ZModelFiles.loadWithTexts(file);
        return new ZModelProject(file, DatasourceConfig.of(loaded.schema()), loaded);
    }

    /** The schema file if it exists, otherwise null (then a URL must say where the database is). */
    public static ZModelProject loadIfExists(Path schemaFile) {
        return schemaFile != null && Files.isRegularFile(schemaFile) ? load(schemaFile) : null;
    }

    public Path schemaFile() {
        return schemaFile;
    }

    public DatasourceConfig datasource() {
        return datasource;
    }

    public Provider provider() {
        return datasource.provider();
    }

    /** {@code migrations/} next to the schema file. */
    public Path defaultMigrations() {
        return schemaFile.getParent().resolve("migrations");
    }

    /** The database to work on: the override URL or {@code datasource.url}, then the override credentials. */
    public ConnectionSettings connection(ConnectionOverrides overrides, Function<String, String> environment) {
        return (overrides == null ? ConnectionOverrides.NONE : overrides).resolve(datasource, environment);
    }

    /** The shadow database: the override, else {@code datasource.shadowDatabaseUrl}, else null (temporary). */
    public ConnectionSettings shadow(String shadowUrl, Function<String, String> environment) {
        if (shadowUrl != null && !shadowUrl.isBlank()) {
            return JdbcUrls.convert(
                    provider(), shadowUrl.strip(), schemaFile.getParent(), datasource.schemas(), "shadowDatabaseUrl");
        }
        return datasource.shadowConnection(environment).orElse(null);
    }

    /**
     * The schema converted for the provider by {@link RelationalModel}; rename hints in ZModel names
     * ({@code Model.field=Model.newField}, {@code OldModel=NewModel}) translated by {@link RenameHints}.
     */
    public DesiredState desired() {
        Path file = schemaFile;
        Provider datasourceProvider = provider();
        // the parse of load() while the files are unchanged: a 1,000-model schema takes a second to parse
        java.util.function.Supplier<LoadedSchema> parse =
                () -> loaded.unchanged() ? loaded.schema() : ZModelFiles.load(file);
        return new DesiredState() {
            @Override
            public DatabaseSchema schema(Provider provider, Listener listener) {
                LoadedSchema current = parse.get();
                requireValid(file, current);
                return RelationalModel.of(
                        current, ModelOptions.forProvider(provider).withListener(listener));
            }

            @Override
            public List<RenameHint> renames(List<String> hints) {
                return hints.isEmpty()
                        ? List.of()
                        : RenameHints.translate(SchemaIndex.of(parse.get()), datasourceProvider, hints);
            }

            @Override
            public String description() {
                return "the schema " + file.getFileName();
            }
        };
    }

    /**
     * Options for the migration workflows of this schema, as the Maven goals build them: the database
     * ({@link #connection}), the shadow database ({@code shadowDatabaseUrl} or a temporary one), the migrations
     * directory next to the schema and the schema as the desired state. Adjust with the {@code with…} methods.
     */
    public MigrateOptions migrateOptions(ConnectionOverrides overrides, Function<String, String> environment) {
        return MigrateOptions.of(connection(overrides, environment), defaultMigrations())
                .withShadowDatabase(shadow(null, environment))
                .withDesired(desired());
    }

    /** Every error of the schema (syntax and semantics), the way {@code zenstack:validate} reports them. */
    private static void requireValid(Path file, LoadedSchema loaded) {
        List<dev.zmodel.lang.Diagnostic> errors = ZModelFiles.validate(loaded).stream()
                .filter(dev.zmodel.lang.Diagnostic::isError)
                .toList();
        if (!errors.isEmpty()) {
            throw new ZModelException("The ZModel schema " + file + " has " + errors.size()
                    + (errors.size() == 1 ? " error" : " errors") + ", so no database schema can be derived from it:\n"
                    + errors.stream().map(d -> "  " + d.format()).collect(java.util.stream.Collectors.joining("\n"))
                    + "\nFix " + (errors.size() == 1 ? "it" : "them") + " and run again (mvn zenstack:validate checks "
                    + "the schema alone). Nothing was changed.");
        }
    }

    /** Loads any schema file as a desired state (for {@code migrate-diff}'s {@code schema:} sources). */
    public static DesiredState desired(Path schemaFile) {
        return load(schemaFile).desired();
    }

    /**
     * Connection settings from a URL alone, for goals run without a schema file (e.g. {@code migrate-deploy} in
     * production with only the migrations directory): the provider is read from the URL.
     */
    public static ConnectionSettings connectionWithoutSchema(ConnectionOverrides overrides, Path baseDir) {
        if (overrides == null || overrides.url() == null) {
            throw new ZModelException("There is no ZModel schema to read the datasource from, and no url was given. "
                    + "Pass " + flag(URL, "<database url>") + " (or point " + SCHEMA + " at the schema).");
        }
        Provider provider = JdbcUrls.provider(overrides.url())
                .orElseThrow(() -> new ZModelException("Unsupported url "
                        + JdbcUrls.schemeOnly(overrides.url()) + " (" + flag(URL) + "): zenstack supports PostgreSQL, "
                        + "MySQL/MariaDB and SQLite. Use a postgresql://, postgres://, mysql:// or file: url, or a "
                        + "jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql: or jdbc:sqlite: url."));
        ConnectionSettings s = JdbcUrls.convert(provider, overrides.url(), baseDir, List.of(), "url");
        String jdbc = overrides.user() != null || overrides.password() != null
                ? JdbcUrls.withoutCredentials(s.jdbcUrl())
                : s.jdbcUrl();
        return new ConnectionSettings(
                s.provider(),
                jdbc,
                overrides.user() != null ? overrides.user() : s.user(),
                overrides.password() != null ? overrides.password() : s.password(),
                s.schemas());
    }
}
