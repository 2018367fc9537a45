package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.PropertyNames;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.liquibase.ChangelogHistory;
import dev.zmodel.schema.DatabaseSchema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Drops every object of a database's target schema(s), migration history included. */
public final class DatabaseReset {
    private DatabaseReset() {}

    /**
     * Drops what the project owns: every object of the target schema(s) when it owns every table; otherwise its
     * tables, views and enum types ({@link OwnedTables}) and the migration history, keeping the tables it does not
     * own and the objects they use.
     */
    static void reset(Connection connection, ConnectionSettings settings, OwnedTables tables, Listener listener) {
        if (tables.everything()) {
            reset(connection, settings, listener);
            return;
        }
        DatabaseSchema all = Schemas.read(connection, settings, listener);
        DatabaseSchema owned = tables.of(all);
        try {
            MigrateDialect.forProvider(settings.provider()).resetOwned(connection, owned, listener);
            ChangelogHistory.destroy(connection, settings.liquibase());
        } catch (SQLException | ZModelException e) {
            throw new ZModelException(
                    "Resetting " + settings.displayUrl() + " failed: " + e.getMessage() + ". Only the tables the "
                            + "project owns are dropped (the others are excluded by " + PropertyNames.INCLUDE + "/"
                            + PropertyNames.EXCLUDE + "); if one of those depends on a table of the project (a "
                            + "foreign key, a view), drop that dependency or stop excluding the table.",
                    e);
        }
        List<String> foreign = tables.foreign(all);
        listener.info("Reset " + settings.displayUrl() + ": dropped the "
                + owned.tables().size() + " table(s), "
                + owned.views().size() + " view(s) and " + owned.enums().size() + " enum type(s) of the project; kept "
                + (foreign.isEmpty() ? "no other table" : "the table(s) it does not own: " + String.join(", ", foreign))
                + ".");
    }

    public static void reset(Connection connection, ConnectionSettings settings, Listener listener) {
        try {
            MigrateDialect.forProvider(settings.provider()).reset(connection, settings, listener);
            // The history tables need not be in a dropped schema (the current one, or liquibaseSchemaName).
            ChangelogHistory.destroy(connection, settings.liquibase());
        } catch (SQLException e) {
            throw new ZModelException(
                    "Resetting " + settings.displayUrl() + " failed: " + e.getMessage()
                            + ". The user needs the right to drop and create every object"
                            + (Dialect.of(settings.provider()).facts().schemas()
                                    ? " and schema " + settings.schemas()
                                    : "")
                            + ".",
                    e);
        }
        listener.info("Reset " + settings.displayUrl() + ": dropped every table, view and type"
                + (Dialect.of(settings.provider()).facts().schemas()
                        ? " of schema(s) " + String.join(", ", settings.schemas())
                        : "")
                + ".");
    }
}
