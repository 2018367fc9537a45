package example.tasks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A new, empty PostgreSQL database for one test class, created on the server of {@code ZENSTACK_TEST_POSTGRES_URL}
 * (a JDBC URL of any database on that server whose user may create databases; default: the local server as
 * {@code postgres}) and dropped afterwards.
 */
final class FreshPostgresDatabase {
    private static final String DEFAULT_SERVER = "jdbc:postgresql://localhost:5432/postgres?user=postgres";

    private final String serverUrl;
    private final String name;

    private FreshPostgresDatabase(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
    }

    static FreshPostgresDatabase create() {
        String server = System.getenv().getOrDefault("ZENSTACK_TEST_POSTGRES_URL", DEFAULT_SERVER);
        FreshPostgresDatabase db = new FreshPostgresDatabase(
                server,
                "tasks_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        db.execute("CREATE DATABASE \"" + db.name + "\"");
        return db;
    }

    /** The JDBC URL of the new database: the server URL with the database name replaced. */
    String url() {
        return serverUrl.replaceFirst("^(jdbc:postgresql://[^/?]+)(/[^?]*)?", "$1/" + name);
    }

    void drop() {
        execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    sql + " failed on the server of ZENSTACK_TEST_POSTGRES_URL: " + e.getMessage(), e);
        }
    }
}
