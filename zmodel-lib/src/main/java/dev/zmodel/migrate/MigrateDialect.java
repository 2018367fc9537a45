package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.diff.SchemaDiff;
import dev.zmodel.diff.ddl.SchemaApplier;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.View;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
     * Drops only what the project owns ({@code owned}: its tables, views and enum types, from {@link OwnedTables})
     * and Liquibase's history tables. Views first (a view another view reads is retried after it), then the tables
     * and types as the differ drops them (foreign keys first). Nothing is cascaded: an object of another owner that
     * depends on one of them makes the drop fail with the database's message.
     */
    default void resetOwned(Connection connection, DatabaseSchema owned, Listener listener) throws SQLException {
        Dialect dialect = Dialect.of(owned.provider());
        List<View> views = new ArrayList<>(owned.views());
        try (Statement s = connection.createStatement()) {
            while (!views.isEmpty()) {
                int before = views.size();
                SQLException last = null;
                for (View v : List.copyOf(views)) {
                    String name = (v.schema() == null ? "" : dialect.quote(v.schema()) + ".") + dialect.quote(v.name());
                    try {
                        s.execute("DROP " + (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + name);
                        views.remove(v);
                    } catch (SQLException e) {
                        last = e;
                    }
                }
                if (last != null && views.size() == before) {
                    throw last;
                }
            }
        }
        DatabaseSchema nothing = new DatabaseSchema(
                owned.provider(), owned.product(), owned.namespaces(), List.of(), List.of(), List.of());
        SchemaApplier.apply(
                connection, owned.provider(), SchemaDiff.diff(owned, nothing).changes(), listener);
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

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

    /**
     * Prepares a session on a development or shadow database (never a deployed one) for many small transactions:
     * where the database can, a commit stops waiting for its write to reach the disk. A crash of the server may then
     * lose the last commits, never part of one, and never corrupts the database. Default: nothing.
     */
    default void forScratchWork(Connection connection) throws SQLException {}

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
