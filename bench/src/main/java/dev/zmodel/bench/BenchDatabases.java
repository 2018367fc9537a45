package dev.zmodel.bench;

import dev.zmodel.Provider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Creates and drops the benchmark databases: a new database on the PostgreSQL/MariaDB server named by
 * {@code ZENSTACK_TEST_POSTGRES_URL}/{@code ZENSTACK_TEST_MYSQL_URL} (the test servers; defaults are the local
 * ones), or a new SQLite file.
 */
final class BenchDatabases {
    static final String DEFAULT_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    static final String DEFAULT_MYSQL = "jdbc:mariadb://127.0.0.1:3306/test?user=root";

    private static final int BATCH = 100;

    private BenchDatabases() {}

    /** A database that exists until {@link #close()}. */
    record Database(Provider provider, String name, String url, Runnable dropper) implements AutoCloseable {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public void close() {
            dropper.run();
        }
    }

    static Database create(Provider provider) throws SQLException, IOException {
        String name = "zb_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (provider == Provider.SQLITE) {
            Path dir = Files.createTempDirectory("zb-sqlite");
            return new Database(provider, name, "jdbc:sqlite:" + dir.resolve(name + ".db"), () -> delete(dir));
        }
        String server = server(provider);
        String quoted = provider == Provider.POSTGRESQL ? "\"" + name + "\"" : "`" + name + "`";
        execute(server, "CREATE DATABASE " + quoted);
        String drop = "DROP DATABASE IF EXISTS " + quoted + (provider == Provider.POSTGRESQL ? " WITH (FORCE)" : "");
        return new Database(provider, name, withDatabase(server, name), () -> {
            try {
                execute(server, drop);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Runs DDL statements, committing every {@value #BATCH} statements where DDL is transactional (PostgreSQL,
     * SQLite): one transaction for a 1,000-table schema would need more locks than PostgreSQL's default lock
     * table holds (max_locks_per_transaction × max_connections, shared with every other session).
     */
    static void load(Database db, List<String> statements) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            boolean transactional = db.provider() != Provider.MYSQL;
            c.setAutoCommit(!transactional);
            int pending = 0;
            for (String statement : statements) {
                s.execute(statement);
                if (transactional && ++pending == BATCH) {
                    c.commit();
                    pending = 0;
                }
            }
            if (transactional) {
                c.commit();
            }
            if (db.provider() == Provider.POSTGRESQL) {
                c.setAutoCommit(true);
                s.execute("ANALYZE");
            }
        }
    }

    private static String server(Provider provider) {
        String env = System.getenv(
                provider == Provider.POSTGRESQL ? "ZENSTACK_TEST_POSTGRES_URL" : "ZENSTACK_TEST_MYSQL_URL");
        return env != null && !env.isBlank() ? env : provider == Provider.POSTGRESQL ? DEFAULT_POSTGRES : DEFAULT_MYSQL;
    }

    /** The server URL with its database path replaced by {@code name}. */
    private static String withDatabase(String serverUrl, String name) {
        int scheme = serverUrl.indexOf("//");
        int slash = serverUrl.indexOf('/', scheme + 2);
        int query = serverUrl.indexOf('?');
        String base =
                slash < 0 ? (query < 0 ? serverUrl : serverUrl.substring(0, query)) : serverUrl.substring(0, slash);
        return base + "/" + name + (query < 0 ? "" : serverUrl.substring(query));
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
