package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.liquibase.MasterChangelog;
import dev.zmodel.testing.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * A hand-written migrations directory for fault tests: {@code init} creates {@code t_init}; {@code slow} creates
 * {@code t_slow_a} (changeset 1), then {@code t_slow_b} and sleeps (changeset 2), so a test can kill the session
 * or cut the connection while changeset 2 runs, after its DDL statement.
 */
final class FaultMigrations {
    static final String INIT = "20260101000000_init";
    static final String SLOW = "20260101000100_slow";

    private FaultMigrations() {}

    /** With {@code sleepSeconds} 0, changeset 2 does not sleep (and the migrations run on SQLite too). */
    static Path write(Path dir, Provider provider, int sleepSeconds) throws IOException {
        String sleep = sleepSeconds == 0
                ? ""
                : switch (provider) {
                    case POSTGRESQL -> "SELECT pg_sleep(" + sleepSeconds + ");";
                    case MYSQL -> "DO SLEEP(" + sleepSeconds + ");";
                    case SQLITE -> throw new IllegalArgumentException("SQLite cannot sleep in SQL");
                };
        migration(dir, INIT, "CREATE TABLE t_init (id INT PRIMARY KEY);", "DROP TABLE t_init;");
        migration(
                dir,
                SLOW,
                "CREATE TABLE t_slow_a (id INT PRIMARY KEY);",
                "DROP TABLE t_slow_a;",
                "CREATE TABLE t_slow_b (id INT PRIMARY KEY);\n" + sleep,
                "DROP TABLE t_slow_b;");
        Files.writeString(
                dir.resolve(MasterChangelog.FILE_NAME),
                MasterChangelog.render(List.of(INIT + "/migration.sql", SLOW + "/migration.sql")));
        return dir;
    }

    /** Changesets given as (sql, rollback) pairs. */
    private static void migration(Path dir, String folder, String... sqlAndRollback) throws IOException {
        StringBuilder b = new StringBuilder("--liquibase formatted sql\n");
        for (int i = 0; i < sqlAndRollback.length; i += 2) {
            b.append("\n--changeset zenstack:")
                    .append(folder)
                    .append('-')
                    .append(i / 2 + 1)
                    .append(" logicalFilePath:")
                    .append(folder)
                    .append("/migration.sql\n")
                    .append(sqlAndRollback[i])
                    .append('\n')
                    .append("--rollback ")
                    .append(sqlAndRollback[i + 1])
                    .append('\n');
        }
        Files.createDirectories(dir.resolve(folder));
        Files.writeString(dir.resolve(folder).resolve("migration.sql"), b.toString());
    }

    /**
     * Waits until a session of {@code db} runs the sleep of changeset 2 and returns its id (PostgreSQL backend pid,
     * MariaDB connection id).
     */
    static long awaitSleepingSession(TestDatabase db, Duration timeout) throws Exception {
        String sql = switch (db.provider()) {
            case POSTGRESQL ->
                "SELECT pid FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid() "
                        + "AND query LIKE 'SELECT pg_sleep(%' AND state = 'active'";
            case MYSQL ->
                "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID() "
                        + "AND INFO LIKE 'DO SLEEP(%'";
            case SQLITE -> throw new IllegalArgumentException();
        };
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, db.name());
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("no session of " + db + " ran the sleep within " + timeout);
    }

    /** Kills a session from a second connection: {@code pg_terminate_backend} / {@code KILL}. */
    static void kill(TestDatabase db, long session) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute(
                    db.provider() == Provider.POSTGRESQL
                            ? "SELECT pg_terminate_backend(" + session + ")"
                            : "KILL " + session);
        }
    }

    /** Whether the session still exists (the server may notice a cut connection only after the statement). */
    static boolean sessionAlive(TestDatabase db, long session) {
        String sql = db.provider() == Provider.POSTGRESQL
                ? "SELECT count(*) FROM pg_stat_activity WHERE pid = " + session
                : "SELECT count(*) FROM information_schema.PROCESSLIST WHERE ID = " + session;
        return !db.query(sql).get(0).get(0).equals("0");
    }

    static boolean tableExists(TestDatabase db, String table) {
        String sql = db.provider() == Provider.POSTGRESQL
                ? "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '"
                        + table + "'"
                : "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '"
                        + table + "'";
        return !db.query(sql).get(0).get(0).equals("0");
    }
}
