package dev.zmodel.testing;

import dev.zmodel.Provider;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.datasource.Connections;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where test databases come from.
 *
 * <ol>
 *   <li>PostgreSQL: {@code ZENSTACK_TEST_POSTGRES_URL}, MariaDB/MySQL: {@code ZENSTACK_TEST_MYSQL_URL} — a JDBC
 *       URL of a server the tests may create databases on, credentials as {@code user}/{@code password} query
 *       parameters, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres} and
 *       {@code jdbc:mariadb://127.0.0.1:3306/test?user=root}.</li>
 *   <li>Otherwise Testcontainers, where a Docker engine answers.</li>
 *   <li>Otherwise the test is skipped with the reason — unless {@code CI=true}, where a missing server fails
 *       the test: CI must prove the PostgreSQL and MariaDB paths.</li>
 * </ol>
 * SQLite always works: each database is a new file in a temporary directory.
 *
 * <p>Tests do not connect as the server's administrator: each database is owned by (PostgreSQL) or granted to
 * (MariaDB/MySQL) the test login {@value #LOGIN_USER}, which has a password ({@link #LOGIN_PASSWORD}), so every
 * database test and invoker IT hands a real password to the code under test and can scan what it printed and
 * wrote for it ({@link SecretScan}). The login is created once per JVM, idempotently (concurrent test runs on one
 * server are fine); it may create databases (shadow databases) but only touch test databases: PostgreSQL
 * {@code CREATEDB}, no superuser; MariaDB/MySQL privileges on {@code zt\_%}, {@code zit\_%} and
 * {@code zenstack\_shadow\_%} databases only.
 */
public final class TestDatabases {
    public static final String POSTGRES_ENV = "ZENSTACK_TEST_POSTGRES_URL";
    public static final String MYSQL_ENV = "ZENSTACK_TEST_MYSQL_URL";

    private static final Pattern SERVER_URL =
            Pattern.compile("^(jdbc:(?:postgresql|mariadb|mysql)://[^/?]+)(?:/([^?]*))?(?:\\?(.*))?$");
    /** The test login every test database is used with (see the class comment). */
    public static final String LOGIN_USER = "zenstack_test_login";
    /** Its password: what {@link SecretScan} looks for in output and files. URL- and SQL-safe on purpose. */
    public static final String LOGIN_PASSWORD = "zt-S3cret-Pw-8c41d7";

    private static final Map<Provider, Server> SERVERS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> LOGINS = new ConcurrentHashMap<>();

    private TestDatabases() {}

    /** A server the tests can create databases on: base URL (scheme + host:port) and credentials. */
    public record Server(String baseUrl, String adminDatabase, String query, String user, String password) {
        public String url(String database) {
            return baseUrl + "/" + database + (query.isEmpty() ? "" : "?" + query);
        }
    }

    /** True when a server for the provider is configured (SQLite: always). */
    public static boolean isAvailable(Provider provider) {
        return provider == Provider.SQLITE || server(provider, false) != null;
    }

    /** The server of a provider, skipping (or failing on CI) when there is none. */
    public static Server server(Provider provider) {
        return server(provider, true);
    }

    /** Creates a fresh database; skips the test (fails on CI) if the provider has no server. */
    public static TestDatabase create(Provider provider) {
        if (provider == Provider.SQLITE) {
            return createSqlite();
        }
        return create(provider, server(provider, true));
    }

    /**
     * Creates a fresh database on the server of an explicit admin JDBC URL (for invoker setup scripts, which get
     * the server URL as a script variable); {@link #drop} removes it. SQLite: the URL is ignored.
     */
    public static TestDatabase create(Provider provider, String serverUrl) {
        if (provider == Provider.SQLITE) {
            return createSqlite();
        }
        return create(provider, parse(serverUrl.trim()));
    }

    private static TestDatabase create(Provider provider, Server server) {
        ensureLogin(provider, server);
        String name = "zt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String ddlName = quote(provider, name);
        run(
                server,
                server.url(server.adminDatabase()),
                "CREATE DATABASE " + ddlName
                        + (provider == Provider.POSTGRESQL ? " OWNER " + quote(provider, LOGIN_USER) : ""));
        String url = server.url(name);
        return new TestDatabase(provider, name, url, LOGIN_USER, LOGIN_PASSWORD, () -> drop(provider, server, name));
    }

    /** Drops a database made by {@link #create(Provider, String)} (invoker verify scripts). */
    public static void drop(Provider provider, String serverUrl, String name) {
        drop(provider, parse(serverUrl.trim()), name);
    }

    private static void drop(Provider provider, Server server, String name) {
        String drop = provider == Provider.POSTGRESQL
                ? "DROP DATABASE IF EXISTS " + quote(provider, name) + " WITH (FORCE)"
                : "DROP DATABASE IF EXISTS " + quote(provider, name);
        run(server, server.url(server.adminDatabase()), drop);
    }

    /** A connection to a database of the server as its administrator (for what the test login may not do). */
    public static Connection connectAsAdmin(Provider provider, String database) throws SQLException {
        Server server = server(provider, true);
        return open(server, server.url(database == null ? server.adminDatabase() : database));
    }

    private static String quote(Provider provider, String identifier) {
        return provider == Provider.POSTGRESQL
                ? "\"" + identifier.replace("\"", "\"\"") + "\""
                : "`" + identifier.replace("`", "``") + "`";
    }

    /** Creates the test login on the server once per JVM; safe when several test runs do it at once. */
    private static void ensureLogin(Provider provider, Server server) {
        LOGINS.computeIfAbsent(server.baseUrl(), k -> {
            String admin = server.url(server.adminDatabase());
            if (provider == Provider.POSTGRESQL) {
                run(
                        server,
                        admin,
                        "DO $$ BEGIN CREATE ROLE " + LOGIN_USER + " LOGIN CREATEDB PASSWORD '" + LOGIN_PASSWORD
                                + "'; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
            } else {
                for (String host : List.of("%", "localhost", "127.0.0.1")) {
                    String user = "'" + LOGIN_USER + "'@'" + host + "'";
                    run(server, admin, "CREATE USER IF NOT EXISTS " + user + " IDENTIFIED BY '" + LOGIN_PASSWORD + "'");
                    for (String pattern : List.of("zt\\_%", "zit\\_%", "zenstack\\_shadow\\_%")) {
                        run(server, admin, "GRANT ALL PRIVILEGES ON `" + pattern + "`.* TO " + user);
                    }
                }
            }
            return Boolean.TRUE;
        });
    }

    private static TestDatabase createSqlite() {
        try {
            Path dir = Files.createTempDirectory("zt-sqlite");
            Path file = dir.resolve("test.db");
            return new TestDatabase(Provider.SQLITE, file.toString(), "jdbc:sqlite:" + file, null, null, () -> {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Server server(Provider provider, boolean required) {
        Server cached = SERVERS.get(provider);
        if (cached != null) {
            return cached;
        }
        String env = provider == Provider.POSTGRESQL ? POSTGRES_ENV : MYSQL_ENV;
        String url = System.getenv(env);
        if (url == null || url.isBlank()) {
            url = System.getProperty(env.toLowerCase(Locale.ROOT).replace('_', '.'));
        }
        Server server = null;
        String unreachable = "";
        if (url != null && !url.isBlank()) {
            server = parse(url.trim());
            try {
                run(server, server.url(server.adminDatabase()), "SELECT 1");
            } catch (IllegalStateException e) {
                unreachable = " (" + maskPassword(url) + " does not answer: "
                        + e.getCause().getMessage() + ")";
                server = null;
            }
        }
        if (server == null && Containers.dockerAvailable()) {
            server = parse(Containers.start(provider));
        }
        if (server == null) {
            if (!required) {
                return null;
            }
            String reason = "No " + provider + " test server" + unreachable + ": set " + env
                    + " (a JDBC URL such as "
                    + (provider == Provider.POSTGRESQL
                            ? "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"
                            : "jdbc:mariadb://127.0.0.1:3306/test?user=root")
                    + ") or run a Docker engine";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(reason + " (CI=true: database tests must not be skipped)");
            }
            Assumptions.abort(reason);
        }
        SERVERS.put(provider, server);
        return server;
    }

    private static String maskPassword(String url) {
        return url.replaceAll("password=[^&]*", "password=***");
    }

    static Server parse(String jdbcUrl) {
        Matcher m = SERVER_URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL/MariaDB/MySQL JDBC URL: " + maskPassword(jdbcUrl));
        }
        String base = m.group(1);
        String db = m.group(2) == null || m.group(2).isEmpty()
                ? (base.startsWith("jdbc:postgresql") ? "postgres" : "mysql")
                : m.group(2);
        String query = m.group(3) == null ? "" : m.group(3);
        String user = null;
        String password = null;
        StringBuilder rest = new StringBuilder();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0
                    ? ""
                    : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            if (key.equals("user")) {
                user = value;
            } else if (key.equals("password")) {
                password = value;
            } else {
                rest.append(rest.length() == 0 ? "" : "&").append(pair);
            }
        }
        URI.create(base.substring("jdbc:".length())); // validates host:port syntax
        return new Server(base, db, rest.toString(), user, password);
    }

    private static void run(Server server, String url, String sql) {
        try (Connection c = open(server, url);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException | RuntimeException e) {
            throw new IllegalStateException(
                    "Test server statement failed (" + sql.replace(LOGIN_PASSWORD, "***") + "): " + e.getMessage(), e);
        }
    }

    /**
     * Through {@link Connections}, not {@code DriverManager}: invoker scripts run inside Maven, where
     * DriverManager does not see the drivers of the script's class path.
     */
    private static Connection open(Server server, String url) {
        Provider provider = url.startsWith("jdbc:postgresql") ? Provider.POSTGRESQL : Provider.MYSQL;
        return Connections.open(new ConnectionSettings(provider, url, server.user(), server.password(), List.of()));
    }

    /** Testcontainers, touched only when no environment URL is given (keeps Docker probing out of CI runs). */
    private static final class Containers {
        private static Boolean available;

        static synchronized boolean dockerAvailable() {
            if (available == null) {
                try {
                    available =
                            org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
                } catch (Throwable e) {
                    available = false;
                }
            }
            return available;
        }

        static String start(Provider provider) {
            if (provider == Provider.POSTGRESQL) {
                var c = new org.testcontainers.postgresql.PostgreSQLContainer("postgres:15");
                c.start();
                return c.getJdbcUrl() + "&user=" + c.getUsername() + "&password=" + c.getPassword();
            }
            var c = new org.testcontainers.mariadb.MariaDBContainer("mariadb:10.11").withUsername("root");
            c.start();
            String url = c.getJdbcUrl();
            return url + (url.contains("?") ? "&" : "?") + "user=root&password=" + c.getPassword();
        }
    }
}
