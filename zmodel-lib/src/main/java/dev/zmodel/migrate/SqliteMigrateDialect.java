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

final class SqliteMigrateDialect implements MigrateDialect {
    static String quote(String identifier) {
        return Dialect.of(Provider.SQLITE).quote(identifier);
    }

    @Override
    public void reset(Connection connection, ConnectionSettings settings, Listener listener) throws SQLException {
        List<String[]> objects = new ArrayList<>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view', "
                    + "'table') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY CASE type WHEN 'trigger' THEN 0 "
                    + "WHEN 'view' THEN 1 ELSE 2 END, name")) {
                while (rs.next()) {
                    objects.add(new String[] {rs.getString(1).toUpperCase(java.util.Locale.ROOT), rs.getString(2)});
                }
            }
            s.execute("PRAGMA foreign_keys = OFF");
            try {
                for (String[] o : objects) {
                    s.execute("DROP " + o[0] + " IF EXISTS " + quote(o[1]));
                    listener.debug("Dropped " + o[0].toLowerCase(java.util.Locale.ROOT) + " " + o[1]);
                }
                try (ResultSet rs =
                        s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'")) {
                    if (rs.next() && rs.getInt(1) > 0) {
                        s.execute("DELETE FROM sqlite_sequence");
                    }
                }
            } finally {
                s.execute("PRAGMA foreign_keys = ON");
            }
            s.execute("VACUUM");
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** A SQLite database is a local file that SQLite itself locks while writing; there is no session lock. */
    @Override
    public AutoCloseable lock(Connection connection, Duration timeout, Listener listener) {
        return () -> {};
    }

    @Override
    public String afterFailedChangeset() {
        return "SQLite rolls the changeset back unless it rebuilds a table (runInTransaction=false), whose finished "
                + "statements stay; the changesets before it stay applied and recorded.";
    }

    @Override
    public boolean hasServerDatabases() {
        return false;
    }

    @Override
    public String currentDatabase(Connection connection) {
        return "main";
    }

    @Override
    public void createDatabase(Connection connection, String name) {
        throw new UnsupportedOperationException("SQLite shadow databases are temporary files");
    }

    @Override
    public void dropDatabase(Connection connection, String name) {
        throw new UnsupportedOperationException("SQLite shadow databases are temporary files");
    }

    @Override
    public ConnectionSettings withDatabase(ConnectionSettings settings, String database) {
        return new ConnectionSettings(settings.provider(), "jdbc:sqlite:" + database, null, null, List.of());
    }

    @Override
    public boolean isMissingObject(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("no such table") || m.contains("no such column");
    }

    @Override
    public boolean isPermissionError(SQLException e) {
        return false;
    }

    @Override
    public void requireExisting(ConnectionSettings settings, String what) {
        String file = settings.jdbcUrl().substring("jdbc:sqlite:".length());
        int q = file.indexOf('?');
        file = q < 0 ? file : file.substring(0, q);
        if (!file.isEmpty()
                && !file.startsWith(":")
                && !file.startsWith("file:")
                && !java.nio.file.Files.exists(java.nio.file.Path.of(file))) {
            throw new dev.zmodel.ZModelException(
                    "The SQLite database " + file + " of " + what + " does not exist. "
                            + "Check the url (a relative file: path is relative to the project directory); nothing was created.");
        }
    }

    /**
     * Outside a transaction, as Prisma runs it: its table rebuilds switch {@code PRAGMA foreign_keys} off, which
     * SQLite ignores inside a transaction.
     */
    @Override
    public String importedScriptAttributes() {
        return "dbms:sqlite runInTransaction:false";
    }
}
