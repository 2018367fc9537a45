package dev.zmodel.datasource;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.lang.LoadedSchema;
import dev.zmodel.lang.ZModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading the datasource block of a schema on disk, env() lookup, relative file: urls. */
class DatasourceConfigTest {
    @TempDir
    Path dir;

    private LoadedSchema schema(String datasource) throws IOException {
        Path file = dir.resolve("zenstack/schema.zmodel");
        Files.createDirectories(file.getParent());
        Files.writeString(file, datasource + "\n\nmodel A {\n    id Int @id\n}\n");
        return ZModelFiles.load(file);
    }

    private static Function<String, String> env(Map<String, String> vars) {
        return vars::get;
    }

    @Test
    void readsEveryField() throws IOException {
        DatasourceConfig c = DatasourceConfig.of(schema("""
                datasource db {
                    provider          = "postgresql"
                    url               = env("DATABASE_URL")
                    directUrl         = "postgresql://direct@h/d"
                    shadowDatabaseUrl = env("SHADOW_URL")
                    schemas           = ["public", "billing"]
                    defaultSchema     = "public"
                }"""));
        assertEquals("db", c.name());
        assertEquals(Provider.POSTGRESQL, c.provider());
        assertEquals(new ConfigValue(null, "DATABASE_URL"), c.url());
        assertEquals(new ConfigValue("postgresql://direct@h/d", null), c.directUrl());
        assertEquals(List.of("public", "billing"), c.schemas());
        assertEquals("public", c.defaultSchema());
        assertEquals(dir.resolve("zenstack/schema.zmodel"), c.schemaFile());

        Function<String, String> vars = env(
                Map.of("DATABASE_URL", "postgresql://app:pw@db/shop", "SHADOW_URL", "postgresql://app:pw@db/shadow"));
        ConnectionSettings main = c.connection(vars);
        assertEquals(
                new ConnectionSettings(
                        Provider.POSTGRESQL, "jdbc:postgresql://db/shop", "app", "pw", List.of("public", "billing")),
                main);
        assertEquals(
                "jdbc:postgresql://h/d", c.directConnection(vars).orElseThrow().jdbcUrl());
        assertEquals(
                "jdbc:postgresql://db/shadow",
                c.shadowConnection(vars).orElseThrow().jdbcUrl());
    }

    @Test
    void relativeSqliteFileIsResolvedAgainstTheSchemaFile() throws IOException {
        DatasourceConfig c = DatasourceConfig.of(schema("""
                datasource db {
                    provider = "sqlite"
                    url      = "file:./dev.db"
                }"""));
        assertEquals(
                "jdbc:sqlite:" + dir.resolve("zenstack/dev.db").toAbsolutePath(),
                c.connection(env(Map.of())).jdbcUrl());
    }

    @Test
    void missingEnvironmentVariableNamesTheVariableAndTheFile() throws IOException {
        DatasourceConfig c = DatasourceConfig.of(schema("""
                datasource db {
                    provider = "postgresql"
                    url      = env("DATABASE_URL")
                }"""));
        ZModelException e = assertThrows(ZModelException.class, () -> c.connection(env(Map.of())));
        assertEquals(
                "Environment variable DATABASE_URL is not set: the url of datasource 'db' in "
                        + dir.resolve("zenstack/schema.zmodel") + " is env(\"DATABASE_URL\"). Set it, e.g. export "
                        + "DATABASE_URL=\"postgresql://user:password@localhost:5432/mydb\", or pass the url with "
                        + "-Dzenstack.url=<url>.",
                e.getMessage());
    }

    @Test
    void missingShadowVariableShowsAnExampleOfTheProvidersFormAndTheShadowFlag() throws IOException {
        DatasourceConfig c = DatasourceConfig.of(schema("""
                datasource db {
                    provider          = "mysql"
                    url               = "mysql://app@localhost:3306/shop"
                    shadowDatabaseUrl = env("SHADOW_URL")
                }"""));
        ZModelException e = assertThrows(ZModelException.class, () -> c.shadowConnection(env(Map.of())));
        assertEquals(
                "Environment variable SHADOW_URL is not set: the shadowDatabaseUrl of datasource 'db' in "
                        + dir.resolve("zenstack/schema.zmodel") + " is env(\"SHADOW_URL\"). Set it, e.g. export "
                        + "SHADOW_URL=\"mysql://user:password@localhost:3306/mydb\", or pass it with "
                        + "-Dzenstack.shadowDatabaseUrl=<url>.",
                e.getMessage());
    }

    @Test
    void urlOfTheWrongProviderFromTheEnvironmentNeverShowsThePassword() throws IOException {
        DatasourceConfig c = DatasourceConfig.of(schema("""
                datasource db {
                    provider = "postgresql"
                    url      = env("DATABASE_URL")
                }"""));
        ZModelException e = assertThrows(
                ZModelException.class, () -> c.connection(env(Map.of("DATABASE_URL", "mysql://root:hunter2@h/app"))));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertEquals(
                "The url of datasource 'db' in " + dir.resolve("zenstack/schema.zmodel") + " is a mysql url "
                        + "(mysql://root:***@h/app) but the datasource provider is postgresql. Use a postgresql:// url or "
                        + "change the provider.",
                e.getMessage());
    }

    @Test
    void schemaWithoutDatasourceOrUrl() throws IOException {
        ZModelException none = assertThrows(ZModelException.class, () -> DatasourceConfig.of(schema("")));
        assertEquals(
                "The schema " + dir.resolve("zenstack/schema.zmodel") + " has no datasource block. Add one, "
                        + "e.g. datasource db { provider = \"postgresql\" url = env(\"DATABASE_URL\") }.",
                none.getMessage());
        DatasourceConfig noUrl = DatasourceConfig.of(schema("datasource db {\n    provider = \"sqlite\"\n}"));
        ZModelException e = assertThrows(ZModelException.class, () -> noUrl.connection(env(Map.of())));
        assertEquals(
                "The datasource 'db' in " + dir.resolve("zenstack/schema.zmodel") + " has no url. Add url = "
                        + "env(\"DATABASE_URL\") (or a literal url) to the datasource block.",
                e.getMessage());
    }

    @Test
    void unsupportedProvider() throws IOException {
        ZModelException e = assertThrows(
                ZModelException.class,
                () -> DatasourceConfig.of(schema("datasource db {\n    provider = \"mongodb\"\n}")));
        assertEquals(
                "The datasource 'db' in " + dir.resolve("zenstack/schema.zmodel") + " has an unsupported "
                        + "provider 'mongodb': expected postgresql, mysql or sqlite.",
                e.getMessage());
    }
}
