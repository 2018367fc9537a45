package dev.zmodel.datasource;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening real connections through ServiceLoader-found drivers, and the failure messages. */
class ConnectionsTest {
    @TempDir
    Path dir;

    @Test
    void opensASqliteFile() throws Exception {
        ConnectionSettings s = JdbcUrls.convert(Provider.SQLITE, "file:./test.db", dir, List.of(), "url");
        try (Connection c = Connections.open(s);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select sqlite_version()")) {
            assertTrue(rs.next());
        }
        assertTrue(dir.resolve("test.db").toFile().exists());
    }

    @Test
    void opensAPostgresDatabaseWithSeparateCredentials() throws Exception {
        try (TestDatabase db = TestDatabases.create(Provider.POSTGRESQL)) {
            ConnectionSettings s = new ConnectionSettings(
                    Provider.POSTGRESQL, db.jdbcUrl(), db.user(), db.password(), List.of("public"));
            try (Connection c = Connections.open(s);
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select current_database()")) {
                assertTrue(rs.next());
                assertEquals(db.name(), rs.getString(1));
            }
        }
    }

    @Test
    void aJdbcMysqlUrlOpensAMariaDbDatabaseWithTheBundledDriver() throws Exception {
        try (TestDatabase db = TestDatabases.create(Provider.MYSQL)) {
            String url = db.jdbcUrl().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
            ConnectionSettings s = JdbcUrls.convert(Provider.MYSQL, url, dir, List.of(), "url");
            s = new ConnectionSettings(s.provider(), s.jdbcUrl(), db.user(), db.password(), s.schemas());
            try (Connection c = Connections.open(s);
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select database()")) {
                assertTrue(rs.next());
                assertEquals(db.name(), rs.getString(1));
                assertEquals("MariaDB Connector/J", c.getMetaData().getDriverName());
            }
        }
    }

    @Test
    void refusedConnectionNamesTheMaskedUrlTheStepAndWhatToCheck() {
        ConnectionSettings s = JdbcUrls.convert(
                Provider.POSTGRESQL, "postgresql://app:hunter2@127.0.0.1:1/nope", dir, List.of(), "url");
        ZModelException e = assertThrows(ZModelException.class, () -> Connections.open(s));
        assertTrue(
                e.getMessage()
                        .startsWith("Cannot connect to jdbc:postgresql://127.0.0.1:1/nope (postgresql): "
                                + "connecting failed: "),
                e.getMessage());
        assertTrue(
                e.getMessage()
                        .endsWith(". Check that the database server is running and reachable at the host and "
                                + "port of the url (host name, port, firewall)."),
                e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"));
    }

    @Test
    void urlWithoutADriverIsReported() {
        ConnectionSettings s = new ConnectionSettings(Provider.MYSQL, "jdbc:nosuchdb://h/d", "u", "hunter2", List.of());
        ZModelException e = assertThrows(ZModelException.class, () -> Connections.open(s));
        assertEquals(
                "Cannot connect to jdbc:nosuchdb://h/d (mysql): finding the JDBC driver failed: no driver on "
                        + "the class path accepts this url. Check that the mysql JDBC driver is a dependency (for Maven: of "
                        + "the project or of the plugin).",
                e.getMessage());
    }
}
