package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.datasource.ConnectionOverrides;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.datasource.Urls;
import dev.zmodel.introspect.IntrospectionOptions;
import dev.zmodel.introspect.Introspectors;
import dev.zmodel.pull.DbPull;
import dev.zmodel.pull.PullOptions;
import dev.zmodel.pull.PullResult;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One project of a bad-input test: {@code zenstack/schema.zmodel}, {@code zenstack/migrations/}, optionally a fresh
 * server database and users/roles created for the test (dropped on close). {@link #options} builds the workflow
 * options the way the Maven goals do ({@code MigrateMojoSupport}); {@link #snapshot()} captures every file of the
 * project (bytes) and the database (introspected schema and history rows) to prove a failed run changed nothing.
 */
final class BadInputProject implements AutoCloseable {
    final Path root;
    final Path schema;
    final Path migrations;
    final TestDatabase db;
    /** {@code -Dzenstack.url/username/password} of the goal. */
    String url;

    String user;
    String password;
    String shadowUrl;
    final Map<String, String> environment = new TreeMap<>();
    private final List<String> cleanup = new ArrayList<>();
    private Instant now = Instant.parse("2026-11-22T09:30:00Z");

    BadInputProject(Provider server) {
        try {
            root = Files.createTempDirectory("zt-bad").toRealPath();
            schema = root.resolve("zenstack/schema.zmodel");
            migrations = root.resolve("zenstack/migrations");
            Files.createDirectories(schema.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        db = server == null ? null : TestDatabases.create(server);
    }

    // ------------------------------------------------------------------ files

    BadInputProject write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BadInputProject schema(String text) {
        return write("zenstack/schema.zmodel", text);
    }

    String read(String relative) {
        try {
            return Files.readString(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String relative) {
        try (Stream<Path> s = Files.walk(root.resolve(relative))) {
            s.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void readOnly(String relative) {
        try {
            Files.setPosixFilePermissions(
                    root.resolve(relative), java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The migration folders, oldest first. */
    List<String> folders() {
        try (Stream<Path> s = Files.list(migrations)) {
            return s.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ schemas

    static final String MODELS = """

            model User {
                id    Int    @id @default(autoincrement())
                email String @unique
            }
            """;

    static String datasource(String provider, String url) {
        return "datasource db {\n    provider = \"" + provider + "\"\n    url      = \"" + url + "\"\n}\n";
    }

    /** A valid SQLite schema whose database is {@code zenstack/dev.db}. */
    BadInputProject sqlite() {
        return schema(datasource("sqlite", "file:./dev.db") + MODELS);
    }

    /** A valid schema for the test database as the test login (its password in the URL). */
    BadInputProject server() {
        return schema(datasource(db.provider().id(), adminUrl()) + MODELS);
    }

    String adminUrl() {
        return urlAs(db.user(), db.password());
    }

    /** A JDBC URL of the test database for another user. */
    String urlAs(String user, String password) {
        TestDatabases.Server s = TestDatabases.server(db.provider());
        StringBuilder b = new StringBuilder(s.baseUrl()).append('/').append(db.name());
        String query = s.query();
        if (user != null) {
            query = (query.isEmpty() ? "" : query + "&") + "user=" + user;
        }
        if (password != null && !password.isEmpty()) {
            query = query + "&password=" + password;
        }
        return query.isEmpty() ? b.toString() : b.append('?').append(query).toString();
    }

    /** The masked URL that messages name for the test database reached with {@code url}. */
    static String display(String url) {
        return Urls.mask(url);
    }

    // ------------------------------------------------------------------ server users

    /** Runs SQL as the server's admin on the test database (the test login may not create roles and users). */
    void admin(String... statements) {
        try (Connection c = TestDatabases.connectAsAdmin(db.provider(), db.name());
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A login role/user with a unique name, dropped on close; PostgreSQL roles get CONNECT on the database only. */
    String newUser(String password) {
        String name = "zt_u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (db.provider() == Provider.POSTGRESQL) {
            admin(
                    "CREATE ROLE " + name + " LOGIN" + (password == null ? "" : " PASSWORD '" + password + "'"),
                    "GRANT CONNECT ON DATABASE \"" + db.name() + "\" TO " + name);
            cleanup.add("DROP ROLE IF EXISTS " + name);
        } else {
            admin("CREATE USER '" + name + "'@'%' IDENTIFIED BY '" + (password == null ? "" : password) + "'");
            cleanup.add("DROP USER IF EXISTS '" + name + "'@'%'");
        }
        return name;
    }

    // ------------------------------------------------------------------ the goals, as the plugin calls them

    ConnectionOverrides overrides() {
        return new ConnectionOverrides(url, user, password);
    }

    /** The options of a migration goal, built like {@code MigrateMojoSupport.options}. */
    MigrateOptions options(boolean schemaRequired) {
        ZModelProject project = schemaRequired ? ZModelProject.load(schema) : ZModelProject.loadIfExists(schema);
        ConnectionSettings database;
        ConnectionSettings shadow = null;
        Path dir;
        if (project != null) {
            database = project.connection(overrides(), environment::get);
            shadow = project.shadow(shadowUrl, environment::get);
            dir = project.defaultMigrations();
        } else {
            database = ZModelProject.connectionWithoutSchema(overrides(), root);
            dir = schema.toAbsolutePath().getParent().resolve("migrations");
        }
        now = now.plusSeconds(60);
        MigrateOptions options =
                MigrateOptions.of(database, dir).withShadowDatabase(shadow).withClock(Clock.fixed(now, ZoneOffset.UTC));
        return project != null && schemaRequired ? options.withDesired(project.desired()) : options;
    }

    /** {@code migrate-dev -Dzenstack.name=init} on a valid schema: a migration applied to the database. */
    BadInputProject init() {
        MigrateDev.run(options(true).withName("init"));
        return this;
    }

    PullResult pull() {
        return DbPull.pull(PullOptions.of(schema).withConnection(overrides()).withEnvironment(environment::get));
    }

    // ------------------------------------------------------------------ snapshots

    /** Every file under the project (relative path → SHA-256) and the database's schema and history. */
    Map<String, String> snapshot() {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                state.put(root.relativize(p).toString(), sha(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (db != null) {
            state.put("(database)", database());
        }
        return state;
    }

    private String database() {
        try (Connection c = db.connect()) {
            List<String> schemas = db.provider() == Provider.MYSQL ? List.of(db.name()) : List.of("public");
            String text = Introspectors.introspect(
                            c, IntrospectionOptions.defaults().withSchemas(schemas))
                    .toString();
            StringBuilder rows = new StringBuilder();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT ID, FILENAME, MD5SUM FROM DATABASECHANGELOG ORDER BY ID")) {
                while (rs.next()) {
                    rows.append(rs.getString(1))
                            .append(' ')
                            .append(rs.getString(2))
                            .append(' ')
                            .append(rs.getString(3))
                            .append('\n');
                }
            } catch (SQLException e) {
                rows.append("no history table");
            }
            return sha((text + rows).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the placeholders of an expected message: {root}, {schema}, {migrations}, {db}, {dbname}. */
    String expand(String template) {
        String s = template.replace("{root}", root.toString())
                .replace("{schema}", schema.toString())
                .replace("{migrations}", migrations.toString());
        if (db != null) {
            s = s.replace("{db}", display(adminUrl())).replace("{dbname}", db.name());
        }
        return user == null ? s : s.replace("{user}", user);
    }

    /** The inverse of {@link #expand}, to print an actual message as a template. */
    String template(String message) {
        String s = message.replace(schema.toString(), "{schema}")
                .replace(migrations.toString(), "{migrations}")
                .replace(root.toString(), "{root}");
        if (db != null) {
            s = s.replace(display(adminUrl()), "{db}").replace(db.name(), "{dbname}");
        }
        return user == null ? s : s.replace(user, "{user}");
    }

    @Override
    public void close() {
        try {
            if (db != null) {
                db.close();
                if (!cleanup.isEmpty()) {
                    TestDatabases.Server s = TestDatabases.server(db.provider());
                    java.util.Properties props = new java.util.Properties();
                    props.setProperty("user", s.user());
                    if (s.password() != null) {
                        props.setProperty("password", s.password());
                    }
                    try (Connection c = DriverManager.getConnection(s.url(s.adminDatabase()), props);
                            Statement st = c.createStatement()) {
                        for (String sql : cleanup) {
                            st.execute(sql);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            try (Stream<Path> s = Files.walk(root)) {
                s.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // temporary directory: best effort
            }
        }
    }
}
