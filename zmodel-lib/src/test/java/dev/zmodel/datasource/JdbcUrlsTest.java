package dev.zmodel.datasource;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each datasource URL form to JDBC, and the errors for URLs that cannot work. */
class JdbcUrlsTest {
    private static final Path DIR = Path.of("/projects/app/zenstack");
    private static final String WHAT = "url of datasource 'db' in schema.zmodel";

    private static ConnectionSettings convert(Provider p, String url) {
        return JdbcUrls.convert(p, url, DIR, List.of(), WHAT);
    }

    @Test
    void postgresqlUrlWithCredentialsSchemaAndSsl() {
        ConnectionSettings s = convert(
                Provider.POSTGRESQL,
                "postgresql://app:s%40cr%2Fet@db.example.com:6543/shop?schema=sales&sslmode=require&connection_limit=5");
        assertEquals(
                new ConnectionSettings(
                        Provider.POSTGRESQL,
                        "jdbc:postgresql://db.example.com:6543/shop?currentSchema=sales&sslmode=require",
                        "app",
                        "s@cr/et",
                        List.of("sales")),
                s);
    }

    @Test
    void postgresSchemeWithoutPortOrCredentials() {
        ConnectionSettings s = convert(Provider.POSTGRESQL, "postgres://localhost/app");
        assertEquals("jdbc:postgresql://localhost/app", s.jdbcUrl());
        assertEquals(null, s.user());
        assertEquals(null, s.password());
        assertEquals(List.of("public"), s.schemas());
    }

    @Test
    void datasourceSchemasWinOverTheUrlSchema() {
        ConnectionSettings s = JdbcUrls.convert(
                Provider.POSTGRESQL, "postgresql://u@h/d?schema=x", DIR, List.of("public", "billing"), WHAT);
        assertEquals(List.of("public", "billing"), s.schemas());
    }

    @Test
    void postgresTimeoutsAndApplicationNameUseJdbcNames() {
        assertEquals(
                "jdbc:postgresql://h:5432/d?connectTimeout=10&ApplicationName=app",
                convert(
                                Provider.POSTGRESQL,
                                "postgresql://h:5432/d?connect_timeout=10&application_name=app&pgbouncer=true")
                        .jdbcUrl());
    }

    @Test
    void mysqlUrlBecomesAMariaDbUrl() {
        ConnectionSettings s = convert(Provider.MYSQL, "mysql://root:p%3Ass@127.0.0.1:3306/shop?connect_timeout=5");
        assertEquals(
                new ConnectionSettings(
                        Provider.MYSQL,
                        "jdbc:mariadb://127.0.0.1:3306/shop?connectTimeout=5000",
                        "root",
                        "p:ss",
                        List.of("shop")),
                s);
    }

    @Test
    void jdbcUrlsAreTakenAsTheyAre() {
        String pg = "jdbc:postgresql://h/d?user=u&password=secret";
        assertEquals(
                new ConnectionSettings(Provider.POSTGRESQL, pg, null, null, List.of("public")),
                convert(Provider.POSTGRESQL, pg));
        assertEquals(
                "jdbc:mysql://h:3306/d",
                convert(Provider.MYSQL, "jdbc:mysql://h:3306/d").jdbcUrl());
        assertEquals(
                "jdbc:mariadb://h/d",
                convert(Provider.MYSQL, "jdbc:mariadb://h/d").jdbcUrl());
        assertEquals(
                "jdbc:sqlite:/tmp/x.db",
                convert(Provider.SQLITE, "jdbc:sqlite:/tmp/x.db").jdbcUrl());
    }

    @Test
    void sqliteFileUrlsResolveAgainstTheSchemaDirectory() {
        assertEquals(
                "jdbc:sqlite:/projects/app/zenstack/dev.db",
                convert(Provider.SQLITE, "file:./dev.db").jdbcUrl());
        assertEquals(
                "jdbc:sqlite:/projects/app/zenstack/dev.db",
                convert(Provider.SQLITE, "file:dev.db").jdbcUrl());
        assertEquals(
                "jdbc:sqlite:/projects/app/data/dev.db",
                convert(Provider.SQLITE, "file:../data/dev.db?connection_limit=1")
                        .jdbcUrl());
        assertEquals(
                "jdbc:sqlite:/var/db/app.db",
                convert(Provider.SQLITE, "file:/var/db/app.db").jdbcUrl());
        assertEquals(List.of(), convert(Provider.SQLITE, "file:./dev.db").schemas());
    }

    @Test
    void providerMismatchIsAClearErrorWithoutThePassword() {
        ZModelException e = assertThrows(
                ZModelException.class, () -> convert(Provider.POSTGRESQL, "mysql://root:hunter2@localhost:3306/app"));
        assertEquals(
                "The url of datasource 'db' in schema.zmodel is a mysql url (mysql://root:***@localhost:3306/app)"
                        + " but the datasource provider is postgresql. Use a postgresql:// url or change the provider.",
                e.getMessage());
    }

    @Test
    void unknownSchemeIsAClearErrorWithoutThePassword() {
        ZModelException e =
                assertThrows(ZModelException.class, () -> convert(Provider.POSTGRESQL, "mongodb://u:hunter2@h/db"));
        assertEquals(
                "Unsupported url mongodb://… (url of datasource 'db' in schema.zmodel): zenstack supports "
                        + "PostgreSQL, MySQL/MariaDB and SQLite. Use a postgresql://, postgres://, mysql:// or file: url, or a "
                        + "jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql: or jdbc:sqlite: url.",
                e.getMessage());
    }

    @Test
    void anUnknownUrlSyntaxIsShownAsItsSchemeOnly() {
        // Oracle's user/password@ is not a syntax Urls.mask knows: only the scheme may be printed
        ZModelException e = assertThrows(
                ZModelException.class, () -> convert(Provider.POSTGRESQL, "jdbc:oracle:thin:app/hunter2@db:1521/shop"));
        assertTrue(
                e.getMessage()
                        .startsWith("Unsupported url jdbc:oracle:… (url of datasource 'db' in " + "schema.zmodel): "),
                e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void badPercentEncodingDoesNotEchoThePassword() {
        ZModelException e = assertThrows(
                ZModelException.class, () -> convert(Provider.POSTGRESQL, "postgresql://u:hun%zzter2@h/db"));
        assertEquals(
                "The password in the url of datasource 'db' in schema.zmodel has an invalid percent-encoding. "
                        + "Encode reserved characters as %XX (e.g. '@' as %40).",
                e.getMessage());
        assertFalse(e.getMessage().contains("hun"));
    }

    @Test
    void urlWithoutHost() {
        ZModelException e =
                assertThrows(ZModelException.class, () -> convert(Provider.POSTGRESQL, "postgresql://u:hunter2@/db"));
        assertEquals(
                "The url of datasource 'db' in schema.zmodel has no host: postgresql://u:***@/db. Expected "
                        + "postgresql://user:password@host:port/database.",
                e.getMessage());
    }

    @Test
    void settingsToStringMasksThePassword() {
        ConnectionSettings s = convert(Provider.POSTGRESQL, "postgresql://app:hunter2@h/d");
        assertEquals(
                "ConnectionSettings[provider=postgresql, jdbcUrl=jdbc:postgresql://h/d, user=app, password=***, "
                        + "schemas=[public]]",
                s.toString());
        assertEquals(
                "jdbc:postgresql://h/d?user=u&password=***",
                convert(Provider.POSTGRESQL, "jdbc:postgresql://h/d?user=u&password=hunter2")
                        .displayUrl());
    }
}
