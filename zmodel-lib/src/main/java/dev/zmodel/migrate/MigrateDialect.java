package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.datasource.ConnectionSettings;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * What the workflows do differently per database: dropping every object (reset), the advisory lock around a
 * deploy, and temporary shadow databases. One implementation per dialect, picked only by {@link #forProvider}.
 * All SQL quotes identifiers and binds values.
 */
interface MigrateDialect {
    static MigrateDialect forProvider(Provider provider) {
        return switch (provider) {
            case POSTGRESQL -> new PostgresMigrateDialect();
            case MYSQL -> new MySqlMigrateDialect();
            case SQLITE -> new SqliteMigrateDialect();
        };
    }

    /** Drops every object of the target schema(s) (PostgreSQL: each datasource schema is dropped and recreated). */
    void reset(Connection connection, ConnectionSettings settings, Listener listener) throws SQLException;

    /**
     * Takes the database-wide lock that serializes deploys (held by the connection's session until released).
     *
     * @throws dev.zmodel.ZModelException when it is not granted within {@code timeout}
     */
    AutoCloseable lock(Connection connection, Duration timeout, Listener listener) throws SQLException;

    /**
     * What a changeset that failed part-way leaves behind on this database (transactional DDL or not), one or two
     * sentences for the error message of a failed deploy.
     */
    String afterFailedChangeset();

    /** True when the dialect can create temporary databases on the server (not SQLite). */
    boolean hasServerDatabases();

    /** The name of the connection's current database. */
    String currentDatabase(Connection connection) throws SQLException;

    void createDatabase(Connection connection, String name) throws SQLException;

    void dropDatabase(Connection connection, String name) throws SQLException;

    /** The settings of another database on the same server, same credentials. */
    ConnectionSettings withDatabase(ConnectionSettings settings, String database);

    /** True when the SQL error means "no such table" or "no such column". */
    boolean isMissingObject(SQLException e);

    /**
     * Refuses a database that does not exist where connecting would create it (SQLite files), for goals that only
     * read it ({@code what} names it in the message). Server databases are checked by connecting.
     */
    default void requireExisting(ConnectionSettings settings, String what) {}

    /** True when the SQL error means "permission denied" (to explain {@code shadowDatabaseUrl}). */
    boolean isPermissionError(SQLException e);

    /**
     * The formatted-SQL changeset attributes that run an imported Prisma script the way Prisma runs it on this
     * database, {@code dbms} included ({@code migrate-import}).
     */
    String importedScriptAttributes();
}
