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
                List<String> grants = privileges(connection, schema);
                s.execute("DROP SCHEMA IF EXISTS " + quote(schema) + " CASCADE");
                s.execute("CREATE SCHEMA " + quote(schema));
                restore(connection, schema, grants, listener);
                listener.debug("Dropped and recreated schema " + schema);
            }
        }
        commit(connection);
    }

    /**
     * The statements that give a recreated schema the owner and privileges it has now: {@code ALTER SCHEMA … OWNER
     * TO} and one {@code GRANT} per entry of {@code nspacl} (PostgreSQL 15's {@code public}: owner
     * {@code pg_database_owner}, {@code USAGE} to {@code PUBLIC}). Empty when the schema does not exist; only the owner
     * when its privileges are the default ({@code nspacl} null).
     */
    private static List<String> privileges(Connection connection, String schema) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (java.sql.PreparedStatement s = connection.prepareStatement(
                "SELECT pg_get_userbyid(n.nspowner), a.grantee, CASE WHEN a.grantee = 0 THEN NULL ELSE "
                        + "pg_get_userbyid(a.grantee) END, a.privilege_type, a.is_grantable "
                        + "FROM pg_namespace n LEFT JOIN LATERAL aclexplode(n.nspacl) a ON true "
                        + "WHERE n.nspname = ? ORDER BY a.grantee, a.privilege_type")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String owner = rs.getString(1);
                    if (out.isEmpty()) {
                        out.add("ALTER SCHEMA " + quote(schema) + " OWNER TO " + quote(owner));
                    }
                    String grantee = rs.getString(3);
                    if (rs.getString(4) == null || owner.equals(grantee)) {
                        continue; // default privileges, or the owner's own (it has them as owner)
                    }
                    out.add("GRANT " + rs.getString(4) + " ON SCHEMA " + quote(schema) + " TO "
                            + (rs.getLong(2) == 0 ? "PUBLIC" : quote(grantee))
                            + (rs.getBoolean(5) ? " WITH GRANT OPTION" : ""));
                }
            }
        }
        return out;
    }

    /**
     * Runs {@link #privileges}' statements on the recreated schema; one that fails (the user may not give the schema
     * to its old owner) is a warning naming the statement to run as a superuser, not a failed reset.
     */
    private static void restore(Connection connection, String schema, List<String> grants, Listener listener)
            throws SQLException {
        for (String grant : grants) {
            commit(connection);
            try (Statement s = connection.createStatement()) {
                s.execute(grant);
            } catch (SQLException e) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                listener.warn("Schema " + schema + " was recreated, but its owner or privileges could not be restored "
                        + "(" + e.getMessage().strip() + "). Run as a superuser: " + grant + ";");
            }
        }
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

    /**
     * {@code synchronous_commit = off} for this session only: each changeset's commit (its DDL and its history row
     * together) no longer waits for the WAL flush. A server crash loses at most the last commits, whole.
     */
    @Override
    public void forScratchWork(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET synchronous_commit = off");
        }
        commit(connection);
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

    /** The whole script in one statement, as Prisma sends it: the driver separates it, dollar quotes included. */
    @Override
    public String importedScriptAttributes() {
        return "dbms:postgresql splitStatements:false";
    }
}
