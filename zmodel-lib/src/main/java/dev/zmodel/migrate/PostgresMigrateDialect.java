package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.dialect.Dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

final class PostgresMigrateDialect implements MigrateDialect {
    /** The advisory lock key of migration runs ("zenstack" in ASCII). */
    static final long LOCK_KEY = 0x7a656e737461636bL;

    static String quote(String identifier) {
        return Dialect.of(Provider.POSTGRESQL).quote(identifier);
    }

    @Override
    public void reset(Connection connection, ConnectionSettings settings, Listener listener) throws SQLException {
        List<String> schemas = settings.schemas().isEmpty() ? List.of("public") : settings.schemas();
        try (Statement s = connection.createStatement()) {
            for (String schema : schemas) {
                s.execute("DROP SCHEMA IF EXISTS " + quote(schema) + " CASCADE");
                s.execute("CREATE SCHEMA " + quote(schema));
                listener.debug("Dropped and recreated schema " + schema);
            }
        }
        commit(connection);
    }

    @Override
    public AutoCloseable lock(Connection connection, Duration timeout, Listener listener) throws SQLException {
        return DatabaseLocks.poll(
                connection,
                "SELECT CASE WHEN pg_try_advisory_lock(?) THEN 1 ELSE 0 END",
                "SELECT pg_advisory_unlock(?)",
                s -> s.setLong(1, LOCK_KEY),
                timeout,
                listener,
                "PostgreSQL advisory lock " + LOCK_KEY);
    }

    @Override
    public String afterFailedChangeset() {
        return "PostgreSQL runs each changeset in one transaction (DDL included), so nothing of that changeset "
                + "stayed in the database; the changesets before it stay applied and recorded.";
    }

    @Override
    public boolean hasServerDatabases() {
        return true;
    }

    @Override
    public String currentDatabase(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public void createDatabase(Connection connection, String name) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE DATABASE " + quote(name));
        }
    }

    @Override
    public void dropDatabase(Connection connection, String name) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            boolean force = connection.getMetaData().getDatabaseMajorVersion() >= 13;
            s.execute("DROP DATABASE IF EXISTS " + quote(name) + (force ? " WITH (FORCE)" : ""));
        }
    }

    @Override
    public ConnectionSettings withDatabase(ConnectionSettings settings, String database) {
        return ServerUrls.withDatabase(settings, database, settings.schemas());
    }

    @Override
    public boolean isMissingObject(SQLException e) {
        return "42P01".equals(e.getSQLState()) || "42703".equals(e.getSQLState());
    }

    @Override
    public boolean isPermissionError(SQLException e) {
        return "42501".equals(e.getSQLState());
    }

    static void commit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
