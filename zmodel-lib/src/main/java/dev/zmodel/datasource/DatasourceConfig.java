package dev.zmodel.datasource;

import dev.zmodel.PropertyNames;
import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.lang.LoadedSchema;
import dev.zmodel.lang.SchemaIndex;
import dev.zmodel.lang.ast.ConfigBlock;
import dev.zmodel.lang.ast.ConfigField;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.Expr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The datasource block of a schema: {@code provider}, {@code url} (a string or {@code env("NAME")}),
 * {@code directUrl}, {@code shadowDatabaseUrl}, {@code schemas}, {@code defaultSchema}. {@code schemaFile} is
 * the file that declares the block ({@code file:} URLs are relative to its directory).
 */
public record DatasourceConfig(
        String name,
        Provider provider,
        ConfigValue url,
        ConfigValue directUrl,
        ConfigValue shadowDatabaseUrl,
        List<String> schemas,
        String defaultSchema,
        Path schemaFile) {
    public DatasourceConfig {
        schemas = List.copyOf(schemas);
    }

    /**
     * Reads the datasource of a loaded schema.
     *
     * @throws ZModelException when there is no datasource, or its provider or urls are not usable
     */
    public static DatasourceConfig of(LoadedSchema schema) {
        SchemaIndex index = SchemaIndex.of(schema);
        ConfigBlock block = index.datasource()
                .orElseThrow(() -> new ZModelException("The schema " + schema.entry()
                        + " has no datasource block. Add one, e.g. datasource db { provider = \"postgresql\" url = "
                        + "env(\"DATABASE_URL\") }."));
        Path file = index.documentOf(block).map(Document::path).map(Path::of).orElse(schema.entry());
        return of(block, file);
    }

    public static DatasourceConfig of(ConfigBlock block, Path schemaFile) {
        String where = "datasource '" + block.name() + "' in " + schemaFile;
        String providerText = block.field("provider")
                .flatMap(f -> f.value().asString())
                .orElseThrow(() -> new ZModelException("The " + where + " has no provider. Add provider = "
                        + "\"postgresql\", \"mysql\" or \"sqlite\"."));
        Provider provider = Provider.fromId(providerText)
                .orElseThrow(() -> new ZModelException("The " + where + " has an unsupported provider '" + providerText
                        + "': expected postgresql, mysql or sqlite."));
        List<String> schemas = new ArrayList<>();
        block.field("schemas").map(ConfigField::value).ifPresent(v -> {
            if (v instanceof Expr.Array a) {
                a.items().forEach(i -> i.asString().ifPresent(schemas::add));
            }
        });
        String defaultSchema =
                block.field("defaultSchema").flatMap(f -> f.value().asString()).orElse(null);
        return new DatasourceConfig(
                block.name(),
                provider,
                value(block, "url", where),
                value(block, "directUrl", where),
                value(block, "shadowDatabaseUrl", where),
                schemas,
                defaultSchema,
                schemaFile);
    }

    private static ConfigValue value(ConfigBlock block, String field, String where) {
        Optional<ConfigField> f = block.field(field);
        if (f.isEmpty()) {
            return null;
        }
        ConfigValue v = ConfigValue.of(f.get().value());
        if (v == null) {
            throw new ZModelException("The " + field + " of " + where + " must be a string or env(\"NAME\"), e.g. "
                    + field + " = env(\"DATABASE_URL\").");
        }
        return v;
    }

    /**
     * Connection settings for {@code url}.
     *
     * @param environment looks up environment variables (e.g. {@code System::getenv})
     * @throws ZModelException when the url is missing, its variable is unset, or it cannot be converted
     */
    public ConnectionSettings connection(Function<String, String> environment) {
        if (url == null) {
            throw new ZModelException("The datasource '" + name + "' in " + schemaFile + " has no url. Add url = "
                    + "env(\"DATABASE_URL\") (or a literal url) to the datasource block.");
        }
        return settings(url, "url", environment);
    }

    /** Settings for {@code directUrl}, when given. */
    public Optional<ConnectionSettings> directConnection(Function<String, String> environment) {
        return Optional.ofNullable(directUrl).map(v -> settings(v, "directUrl", environment));
    }

    /** Settings for {@code shadowDatabaseUrl}, when given. */
    public Optional<ConnectionSettings> shadowConnection(Function<String, String> environment) {
        return Optional.ofNullable(shadowDatabaseUrl).map(v -> settings(v, "shadowDatabaseUrl", environment));
    }

    /** How to give an unset url: the variable with an example of the provider's form, or the goal's flag. */
    private String howToSet(String envVar, String field) {
        String export = "Set it, e.g. export " + envVar + "=\"" + Urls.example(provider) + "\"";
        return switch (field) {
            case "url" -> export + ", or pass the url with " + PropertyNames.flag(PropertyNames.URL, "<url>") + ".";
            case "shadowDatabaseUrl" ->
                export + ", or pass it with " + PropertyNames.flag(PropertyNames.SHADOW_DATABASE_URL, "<url>") + ".";
            default -> export + ", or write the url in the datasource block.";
        };
    }

    private ConnectionSettings settings(ConfigValue value, String field, Function<String, String> environment) {
        String what = field + " of datasource '" + name + "' in " + schemaFile;
        String resolved = value.resolve(environment, what, howToSet(value.envVar(), field));
        Path dir = schemaFile.toAbsolutePath().getParent();
        return JdbcUrls.convert(provider, resolved, dir, schemas, what);
    }
}
