package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.liquibase.ChangelogHistory;

import java.sql.Connection;
import java.sql.SQLException;

/** Drops every object of a database's target schema(s), migration history included. */
public final class DatabaseReset {
    private DatabaseReset() {}

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
