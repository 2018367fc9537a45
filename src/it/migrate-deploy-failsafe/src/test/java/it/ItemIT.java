package it;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs after migrate-deploy (pre-integration-test): the migrated table is there. */
class ItemIT {
    @Test
    void theMigratedTableIsThere() throws Exception {
        String url = System.getenv("DB_URL");
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"Item\" (\"id\", \"name\") VALUES (1, 'first')");
            try (ResultSet rs = s.executeQuery("SELECT \"name\" FROM \"Item\"")) {
                rs.next();
                assertEquals("first", rs.getString(1));
            }
        }
    }
}
