package dev.zmodel.datasource;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.lang.ZModelParser;
import dev.zmodel.lang.ast.ConfigBlock;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectionOverridesTest {
    private static final Path SCHEMA = Path.of("/proj/zenstack/schema.zmodel");

    private static DatasourceConfig datasource(String body) {
        ConfigBlock block = ZModelParser.parse("datasource db {\n" + body + "\n}\n", SCHEMA.toString())
                .document()
                .datasource()
                .orElseThrow();
        return DatasourceConfig.of(block, SCHEMA);
    }

    @Test
    void withoutOverridesTheDatasourceDecidesIncludingEnv() {
        DatasourceConfig ds = datasource("provider = \"postgresql\"\nurl = env(\"DATABASE_URL\")");
        ConnectionSettings s = ConnectionOverrides.NONE.resolve(
                ds, Map.of("DATABASE_URL", "postgresql://app:s3cret@db:5432/shop")::get);
        assertEquals(
                new ConnectionSettings(
                        Provider.POSTGRESQL, "jdbc:postgresql://db:5432/shop", "app", "s3cret", List.of("public")),
                s);
    }

    @Test
    void anOverrideUrlReplacesTheDatasourceUrlAndNeedsNoEnvironment() {
        DatasourceConfig ds = datasource("provider = \"sqlite\"\nurl = env(\"DATABASE_URL\")");
        ConnectionSettings s = ConnectionOverrides.url("file:./other.db").resolve(ds, Map.<String, String>of()::get);
        assertEquals("jdbc:sqlite:/proj/zenstack/other.db", s.jdbcUrl());
    }

    @Test
    void overrideCredentialsReplaceTheUrlCredentials() {
        DatasourceConfig ds = datasource("provider = \"mysql\"\nurl = \"mysql://app:old@db:3306/shop\"");
        ConnectionSettings s = new ConnectionOverrides(null, "admin", "n3w").resolve(ds, k -> null);
        assertEquals("admin", s.user());
        assertEquals("n3w", s.password());
        assertEquals("jdbc:mariadb://db:3306/shop", s.jdbcUrl());
    }

    @Test
    void overrideCredentialsWinOverUserAndPasswordParametersOfAJdbcUrl() {
        DatasourceConfig ds = datasource("provider = \"postgresql\"\n"
                + "url = \"jdbc:postgresql://db:5432/shop?user=app&sslmode=require&password=old\"");
        ConnectionSettings s = new ConnectionOverrides(null, "admin", null).resolve(ds, k -> null);
        assertEquals("admin", s.user());
        // the drivers prefer the URL's parameters to the connection properties: they must go
        assertEquals("jdbc:postgresql://db:5432/shop?sslmode=require", s.jdbcUrl());
        ConnectionSettings kept = ConnectionOverrides.NONE.resolve(ds, k -> null);
        assertEquals("jdbc:postgresql://db:5432/shop?user=app&sslmode=require&password=old", kept.jdbcUrl());
    }

    @Test
    void anOverrideUrlOfAnotherProviderIsAClearErrorWithoutThePassword() {
        DatasourceConfig ds = datasource("provider = \"postgresql\"\nurl = env(\"DATABASE_URL\")");
        ZModelException e = assertThrows(
                ZModelException.class,
                () -> ConnectionOverrides.url("mysql://root:hunter2@db/x").resolve(ds, k -> null));
        assertTrue(e.getMessage().contains("url override for datasource 'db'"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void toStringMasksThePassword() {
        String s = new ConnectionOverrides("postgresql://u:p4ss@h/db", "u", "p4ss").toString();
        assertFalse(s.contains("p4ss"), s);
    }
}
