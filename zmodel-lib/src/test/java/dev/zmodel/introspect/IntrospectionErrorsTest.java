package dev.zmodel.introspect;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.testing.Db;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabaseExtension;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failures give one IntrospectionException naming the database, the step and what to check; never a partial result. */
@ExtendWith(TestDatabaseExtension.class)
class IntrospectionErrorsTest {

    @ParameterizedTest
    @EnumSource(Provider.class)
    void closedConnection(Provider provider) throws SQLException {
        try (TestDatabase db = TestDatabases.create(provider)) {
            Connection c = db.connect();
            c.close();
            IntrospectionException e = assertThrows(
                    IntrospectionException.class,
                    () -> Introspectors.forProvider(provider).read(c, IntrospectionOptions.defaults()));
            assertInstanceOf(ZModelException.class, e);
            assertEquals("opening the catalog", e.step());
            assertTrue(e.getMessage().contains("the connection is closed"), e.getMessage());
            assertTrue(e.getMessage().contains("Pass an open connection"), e.getMessage());
        }
    }

    @Test
    void roleWithoutSchemaPrivilegesOnPostgres(@Db(Provider.POSTGRESQL) TestDatabase db) throws SQLException {
        String role = "zt_role_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        db.execute(
                "CREATE SCHEMA secret; CREATE TABLE secret.t (id integer PRIMARY KEY); REVOKE ALL ON SCHEMA secret FROM PUBLIC");
        adminExecute("CREATE ROLE " + role + " LOGIN PASSWORD 's3cret-pw'");
        try {
            String url =
                    db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "user=" + role + "&password=s3cret-pw";
            try (Connection c = DriverManager.getConnection(url)) {
                IntrospectionException e = assertThrows(
                        IntrospectionException.class,
                        () -> Introspectors.introspect(
                                c, IntrospectionOptions.defaults().withSchemas(java.util.List.of("public", "secret"))));
                String m = e.getMessage();
                assertEquals("reading schemas", e.step());
                assertTrue(m.startsWith("Could not introspect PostgreSQL "), m);
                assertTrue(m.contains(db.name()), "names the database: " + m);
                assertTrue(m.contains("role \"" + role + "\" has no USAGE privilege on schema \"secret\""), m);
                assertTrue(m.contains("GRANT USAGE ON SCHEMA \"secret\" TO \"" + role + "\""), m);
                assertFalse(m.contains("s3cret-pw"), "never a password: " + m);
                assertTrue(e.database().contains("password=***"), e.database());
            }
        } finally {
            adminExecute("DROP ROLE " + role);
        }
    }

    /** Creating roles needs more than the test login may do. */
    private static void adminExecute(String sql) throws SQLException {
        try (Connection c = TestDatabases.connectAsAdmin(Provider.POSTGRESQL, null);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void failingCatalogQueryOnPostgres(@Db(Provider.POSTGRESQL) TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT 1/0");
            } catch (SQLException expected) {
                // the transaction is now aborted: every catalog query fails
            }
            IntrospectionException e = assertThrows(
                    IntrospectionException.class, () -> Introspectors.introspect(c, IntrospectionOptions.defaults()));
            assertEquals("reading schemas", e.step());
            assertTrue(e.getMessage().contains("current transaction is aborted"), e.getMessage());
            assertTrue(e.getMessage().contains("SQL state 25P02"), e.getMessage());
            assertTrue(e.getMessage().contains("Check that"), e.getMessage());
            assertInstanceOf(SQLException.class, e.getCause());
            c.rollback();
        }
    }

    @Test
    void noCurrentDatabaseOnMariaDb(@Db(Provider.MYSQL) TestDatabase db) throws SQLException {
        String serverUrl = db.jdbcUrl().replace("/" + db.name(), "/");
        try (Connection c = DriverManager.getConnection(serverUrl, db.user(), db.password())) {
            IntrospectionException e = assertThrows(
                    IntrospectionException.class, () -> Introspectors.introspect(c, IntrospectionOptions.defaults()));
            assertTrue(e.getMessage().startsWith("Could not introspect MariaDB "), e.getMessage());
            assertTrue(
                    e.getMessage()
                            .contains("while reading the current database: the connection has no current"
                                    + " database. Name the database in the connection URL"),
                    e.getMessage());
        }
        try (Connection c = TestDatabases.connectAsAdmin(Provider.MYSQL, "mysql")) {
            IntrospectionException e = assertThrows(
                    IntrospectionException.class, () -> Introspectors.introspect(c, IntrospectionOptions.defaults()));
            assertTrue(e.getMessage().contains("\"mysql\" is a system database"), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void detectsTheProviderAndReportsTheProduct(Provider provider) throws SQLException {
        try (TestDatabase db = TestDatabases.create(provider);
                Connection c = db.connect()) {
            assertEquals(provider, Introspectors.detect(c));
            String product =
                    Introspectors.introspect(c, IntrospectionOptions.defaults()).product();
            String pattern = switch (provider) {
                case POSTGRESQL -> "PostgreSQL \\d+\\.\\d+";
                case MYSQL -> "(MariaDB|MySQL) \\d+\\.\\d+\\.\\d+";
                case SQLITE -> "SQLite 3\\.\\d+\\.\\d+";
            };
            assertTrue(product.matches(pattern), product);
        }
    }

    @Test
    void urlsAreMasked() {
        assertEquals(
                "jdbc:postgresql://h/db?user=u&password=***&ssl=true",
                dev.zmodel.datasource.Urls.mask("jdbc:postgresql://h/db?user=u&password=secret&ssl=true"));
        assertEquals(
                "jdbc:mysql://u:***@h:3306/db", dev.zmodel.datasource.Urls.mask("jdbc:mysql://u:p%40ss@h:3306/db"));
        assertEquals(
                "jdbc:sqlserver://h;user=u;password=***",
                dev.zmodel.datasource.Urls.mask("jdbc:sqlserver://h;user=u;password=x"));
        assertEquals("jdbc:sqlite:/tmp/x.db", dev.zmodel.datasource.Urls.mask("jdbc:sqlite:/tmp/x.db"));
    }
}
