package dev.zmodel.liquibase;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.LiquibaseSettings;
import liquibase.GlobalConfiguration;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ResourceAccessor;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A Liquibase {@link Database} over a caller's connection with the history settings applied, inside
 * {@link LiquibaseScope}. The connection stays open and gets its auto-commit mode back afterwards (Liquibase switches
 * it off); what the work left uncommitted is committed.
 */
final class LiquibaseDatabase {
    private LiquibaseDatabase() {}

    interface Work<T> {
        T run(Database database) throws Exception;
    }

    static <T> T run(Connection connection, LiquibaseSettings settings, Listener listener, Work<T> work) {
        return run(connection, settings, listener, null, work);
    }

    static <T> T run(
            Connection connection,
            LiquibaseSettings settings,
            Listener listener,
            ResourceAccessor resources,
            Work<T> work) {
        boolean autoCommit;
        try {
            autoCommit = connection.getAutoCommit();
        } catch (SQLException e) {
            throw new ZModelException("The database connection is not usable: " + e.getMessage(), e);
        }
        try {
            return LiquibaseScope.run(listener, resources, settings, () -> {
                Database database =
                        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                apply(database, settings);
                return work.run(database);
            });
        } finally {
            try {
                if (connection.getAutoCommit() != autoCommit) {
                    if (!connection.getAutoCommit()) {
                        connection.commit();
                    }
                    connection.setAutoCommit(autoCommit);
                }
            } catch (SQLException e) {
                // the work's own failure (if any) is the one to report
            }
        }
    }

    /** Set on the database too, so that commands given this database use the tables whatever the scope says. */
    private static void apply(Database database, LiquibaseSettings settings) {
        if (settings == null) {
            return;
        }
        if (settings.changeLogTable() != null) {
            database.setDatabaseChangeLogTableName(settings.changeLogTable());
        }
        if (settings.lockTable() != null) {
            database.setDatabaseChangeLogLockTableName(settings.lockTable());
        }
        if (settings.schema() != null) {
            database.setLiquibaseSchemaName(settings.schema());
        }
        if (settings.catalog() != null) {
            database.setLiquibaseCatalogName(settings.catalog());
        }
    }

    /** The table's name for messages: the setting, else what Liquibase's configuration gives, else its default. */
    static String describe(LiquibaseSettings settings, boolean lock) {
        return LiquibaseScope.run(Listener.NONE, null, settings, () -> {
            String table = lock
                    ? (settings.lockTable() != null
                            ? settings.lockTable()
                            : GlobalConfiguration.DATABASECHANGELOGLOCK_TABLE_NAME.getCurrentValue())
                    : (settings.changeLogTable() != null
                            ? settings.changeLogTable()
                            : GlobalConfiguration.DATABASECHANGELOG_TABLE_NAME.getCurrentValue());
            String schema = settings.schema() != null
                    ? settings.schema()
                    : GlobalConfiguration.LIQUIBASE_SCHEMA_NAME.getCurrentValue();
            return qualified(schema, table);
        });
    }

    private static String qualified(String schema, String table) {
        return schema == null || schema.isBlank() ? table : schema + "." + table;
    }
}
