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
import java.util.ArrayList;
import java.util.List;

import static dev.zmodel.PropertyNames.APPLIED;
import static dev.zmodel.PropertyNames.flag;

final class MySqlMigrateDialect implements MigrateDialect {
    static String quote(String identifier) {
        return Dialect.of(Provider.MYSQL).quote(identifier);
    }

    @Override
    public void reset(Connection connection, ConnectionSettings settings, Listener listener) throws SQLException {
        List<String[]> objects = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT table_name, table_type FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE() ORDER BY table_type DESC, table_name")) {
                while (rs.next()) {
                    objects.add(new String[] {rs.getString(2).contains("VIEW") ? "VIEW" : "TABLE", rs.getString(1)});
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT routine_name, routine_type FROM information_schema.routines "
                    + "WHERE routine_schema = DATABASE()")) {
                while (rs.next()) {
                    objects.add(new String[] {rs.getString(2), rs.getString(1)});
                }
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            try {
                for (String[] o : objects) {
                    s.execute("DROP " + o[0] + " IF EXISTS " + quote(o[1]));
                    listener.debug("Dropped " + o[0].toLowerCase(java.util.Locale.ROOT) + " " + o[1]);
                }
            } finally {
                s.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        }
        PostgresMigrateDialect.commit(connection);
    }

    @Override
    public AutoCloseable lock(Connection connection, Duration timeout, Listener listener) throws SQLException {
        String database = currentDatabase(connection);
        String name = "zenstack_migrate:" + (database == null ? "" : database);
        String key = name.length() > 64 ? name.substring(0, 64) : name;
        return DatabaseLocks.poll(
                connection,
                "SELECT GET_LOCK(?, 0)",
                "SELECT RELEASE_LOCK(?)",
                s -> s.setString(1, key),
                timeout,
                listener,
                "MySQL lock '" + key + "'");
    }

    @Override
    public String afterFailedChangeset() {
        return "MySQL/MariaDB commit every DDL statement on its own: the statements of that changeset that ran "
                + "before the failure stay in the database, without a history row (the changesets before it stay "
                + "applied and recorded). If the next run fails because an object already exists, drop what the "
                + "changeset created, or finish it by hand and record it with migrate-resolve "
                + flag(APPLIED, "<migration>") + ".";
    }

    @Override
    public boolean hasServerDatabases() {
        return true;
    }

    @Override
    public String currentDatabase(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public void createDatabase(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE DATABASE " + quote(name));
        }
    }

    @Override
    public void dropDatabase(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + quote(name));
        }
    }

    @Override
    public ConnectionSettings withDatabase(ConnectionSettings settings, String database) {
        return ServerUrls.withDatabase(settings, database, List.of(database));
    }

    @Override
    public boolean isMissingObject(SQLException e) {
        return e.getErrorCode() == 1146 || e.getErrorCode() == 1054;
    }

    @Override
    public boolean isPermissionError(SQLException e) {
        return e.getErrorCode() == 1044
                || e.getErrorCode() == 1045
                || e.getErrorCode() == 1142
                || e.getErrorCode() == 1227
                || "42000".equals(e.getSQLState())
                        && String.valueOf(e.getMessage()).toLowerCase().contains("denied");
    }

    /** Split at semicolons: the driver runs one statement per call. */
    @Override
    public String importedScriptAttributes() {
        return "dbms:mysql,mariadb";
    }
}
