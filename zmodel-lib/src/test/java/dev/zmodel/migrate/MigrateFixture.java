package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.introspect.IntrospectionOptions;
import dev.zmodel.introspect.Introspectors;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.testing.SecretScan;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A development database, a migrations directory and a recording listener for one workflow test. Desired states
 * are written as SQL for the provider and introspected from a scratch database (the canonical form that the ZModel
 * converter must also produce), so these tests need no ZModel converter.
 */
final class MigrateFixture implements AutoCloseable {
    final Provider provider;
    final TestDatabase db;
    final Path migrations;
    final List<String> info = new CopyOnWriteArrayList<>();
    final List<String> warnings = new CopyOnWriteArrayList<>();
    final List<String> debug = new CopyOnWriteArrayList<>();
    private Instant now = Instant.parse("2026-11-22T09:30:00Z");

    MigrateFixture(Provider provider) {
        this.provider = provider;
        this.db = TestDatabases.create(provider);
        try {
            this.migrations = Files.createTempDirectory("zt-migrate").resolve("migrations");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ConnectionSettings settings() {
        return settings(db);
    }

    static ConnectionSettings settings(TestDatabase db) {
        List<String> schemas = switch (db.provider()) {
            case POSTGRESQL -> List.of("public");
            case MYSQL -> List.of(db.name());
            case SQLITE -> List.of();
        };
        // credentials in the URL, as users write them: every message path must mask them
        return new ConnectionSettings(db.provider(), db.urlWithCredentials(), null, null, schemas);
    }

    Listener listener() {
        return new Listener() {
            @Override
            public void info(String message) {
                info.add(message);
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
            }

            @Override
            public void debug(String message) {
                debug.add(message);
            }
        };
    }

    /** Options with a clock that moves one minute per call, so migration folders get distinct names. */
    MigrateOptions options() {
        now = now.plusSeconds(60);
        return MigrateOptions.of(settings(), migrations)
                .withListener(listener())
                .withClock(Clock.fixed(now, ZoneOffset.UTC));
    }

    MigrateOptions options(String sql) {
        return options().withDesired(desired(sql));
    }

    /** The schema an SQL script creates, read back from a scratch database. */
    DesiredState desired(String sql) {
        return DesiredState.of(schemaOf(provider, sql), "the test schema");
    }

    static DatabaseSchema schemaOf(Provider provider, String sql) {
        try (TestDatabase scratch = TestDatabases.create(provider);
                Connection c = scratch.connect()) {
            if (!sql.isBlank()) {
                scratch.execute(sql);
            }
            return Introspectors.introspect(
                    c,
                    IntrospectionOptions.defaults()
                            .withSchemas(settings(scratch).schemas()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> folders() {
        try (var s = Files.list(migrations)) {
            return s.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String scalar(String sql) {
        return db.query(sql).get(0).get(0);
    }

    long historyRows() {
        return Long.parseLong(scalar("SELECT count(*) FROM DATABASECHANGELOG"));
    }

    String allMessages() {
        List<String> all = new ArrayList<>(info);
        all.addAll(warnings);
        return String.join("\n", all);
    }

    /** Drops the database, after checking that no message (debug included) and no migration file holds the password. */
    @Override
    public void close() {
        try {
            if (db.password() != null) {
                SecretScan.assertAbsent(
                        db.password(), "the listener's messages", allMessages() + "\n" + String.join("\n", debug));
                SecretScan.assertAbsent(db.password(), migrations);
            }
        } finally {
            db.close();
        }
    }

    // -------------------------------------------------------------- the schemas of the tests, per provider

    static String v1() {
        return "CREATE TABLE users (id INTEGER NOT NULL, email VARCHAR(100) NOT NULL, name VARCHAR(100), "
                + "PRIMARY KEY (id))";
    }

    /** v1 plus users.bio and a posts table referencing users. */
    static String v2() {
        return "CREATE TABLE users (id INTEGER NOT NULL, email VARCHAR(100) NOT NULL, name VARCHAR(100), "
                + "bio VARCHAR(200), PRIMARY KEY (id));"
                + "CREATE TABLE posts (id INTEGER NOT NULL, title VARCHAR(100) NOT NULL, author_id INTEGER NOT NULL, "
                + "PRIMARY KEY (id), CONSTRAINT posts_author_fkey FOREIGN KEY (author_id) REFERENCES users (id))";
    }

    /** v1 without users.name (drops a column). */
    static String withoutName() {
        return "CREATE TABLE users (id INTEGER NOT NULL, email VARCHAR(100) NOT NULL, PRIMARY KEY (id))";
    }

    /** The replay cache directory the replay cache tests give the workflows, beside the migrations directory. */
    Path replayCache() {
        return migrations.getParent().resolve("replay-cache");
    }

    /** True when a workflow of this fixture opened a shadow database (replayed for real, not from the cache). */
    boolean shadowOpened() {
        return debug.stream().anyMatch(m -> m.startsWith(ShadowReplay.OPENED));
    }
}
