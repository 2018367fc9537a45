package dev.zmodel.liquibase;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.LiquibaseSettings;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Liquibase's history and lock, read and edited through Liquibase's own services ({@code ChangeLogHistoryService},
 * {@code LockService}) on a caller's connection, so that the tables are the ones every Liquibase command of the run
 * uses: {@code databaseChangeLogTableName}, {@code databaseChangeLogLockTableName}, {@code liquibaseSchemaName} and
 * {@code liquibaseCatalogName} from {@link LiquibaseSettings}, else from Liquibase's own configuration.
 */
public final class ChangelogHistory {
    private ChangelogHistory() {}

    /** The state of Liquibase's lock row. */
    public record Lock(boolean locked, Instant granted, String lockedBy) {}

    /** Every history row in execution order; empty when the history table does not exist yet. */
    public static List<AppliedChangeset> read(Connection connection, LiquibaseSettings settings) {
        return LiquibaseDatabase.run(connection, settings, Listener.NONE, database -> {
            try {
                return historyService(database).getRanChangeSets().stream()
                        .sorted(Comparator.comparing(
                                        (RanChangeSet r) -> r.getOrderExecuted() == null ? 0 : r.getOrderExecuted())
                                .thenComparing(
                                        RanChangeSet::getDateExecuted,
                                        Comparator.nullsFirst(Comparator.naturalOrder())))
                        .map(ChangelogHistory::applied)
                        .toList();
            } catch (Exception e) {
                String table = historyTable(settings);
                throw new ZModelException(
                        "Cannot read the migration history (" + table + "): " + detail(e)
                                + ". Grant the database user SELECT on " + table
                                + " (and INSERT, UPDATE, DELETE to apply migrations), or connect as the user that owns "
                                + "it.",
                        e);
            }
        });
    }

    /** Deletes the rows of one logical file path; returns how many were deleted. */
    public static int delete(Connection connection, LiquibaseSettings settings, String fileName) {
        return LiquibaseDatabase.run(connection, settings, Listener.NONE, database -> {
            try {
                ChangeLogHistoryService history = historyService(database);
                int n = 0;
                for (RanChangeSet row : List.copyOf(history.getRanChangeSets())) {
                    if (fileName.equals(row.getChangeLog())) {
                        history.removeFromHistory(new ChangeSet(
                                row.getId(), row.getAuthor(), false, false, row.getChangeLog(), null, null, null));
                        n++;
                    }
                }
                database.commit();
                return n;
            } catch (Exception e) {
                throw new ZModelException(
                        "Cannot delete the history rows of " + fileName + " from " + historyTable(settings) + ": "
                                + detail(e),
                        e);
            }
        });
    }

    /** Liquibase's lock when it is held; empty when it is free or the lock table does not exist yet. */
    public static Optional<Lock> lock(Connection connection, LiquibaseSettings settings) {
        return LiquibaseDatabase.run(connection, settings, Listener.NONE, database -> {
            try {
                DatabaseChangeLogLock[] locks;
                try {
                    locks = lockService(database).listLocks();
                } catch (Exception e) {
                    if (!castFailure(e)) {
                        throw e;
                    }
                    // Liquibase 4.33 casts LOCKGRANTED to a Date; SQLite returns the text its CURRENT_TIMESTAMP wrote
                    return heldLock(connection, database);
                }
                return locks.length == 0
                        ? Optional.<Lock>empty()
                        : Optional.of(new Lock(
                                true,
                                locks[0].getLockGranted() == null
                                        ? null
                                        : locks[0].getLockGranted().toInstant(),
                                locks[0].getLockedBy()));
            } catch (Exception e) {
                throw new ZModelException(
                        "Cannot read Liquibase's lock (" + lockTable(settings) + "): " + detail(e), e);
            }
        });
    }

    private static boolean castFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ClassCastException) {
                return true;
            }
        }
        return false;
    }

    /** The held lock row read over JDBC from the table Liquibase names (which exists). */
    private static Optional<Lock> heldLock(Connection connection, Database database) throws SQLException {
        String table = database.escapeTableName(
                database.getLiquibaseCatalogName(),
                database.getLiquibaseSchemaName(),
                database.getDatabaseChangeLogLockTableName());
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT LOCKGRANTED, LOCKEDBY FROM " + table + " WHERE LOCKED = 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Timestamp granted = rs.getTimestamp(1);
            return Optional.of(new Lock(true, granted == null ? null : granted.toInstant(), rs.getString(2)));
        }
    }

    /** The lock table's name as Liquibase uses it, schema-qualified when {@code liquibaseSchemaName} is set. */
    public static String lockTable(LiquibaseSettings settings) {
        return LiquibaseDatabase.describe(settings, true);
    }

    /** The history table's name as Liquibase uses it, schema-qualified when {@code liquibaseSchemaName} is set. */
    public static String historyTable(LiquibaseSettings settings) {
        return LiquibaseDatabase.describe(settings, false);
    }

    /** Drops the history and lock tables (a reset), wherever the settings put them; absent tables are fine. */
    public static void destroy(Connection connection, LiquibaseSettings settings) {
        LiquibaseDatabase.run(connection, settings, Listener.NONE, database -> {
            try {
                historyService(database).destroy();
                lockService(database).destroy();
                database.commit();
                return null;
            } catch (Exception e) {
                throw new ZModelException(
                        "Cannot drop Liquibase's history tables (" + historyTable(settings) + ", " + lockTable(settings)
                                + "): " + detail(e),
                        e);
            }
        });
    }

    /** The database's own words (without the SQL Liquibase ran), never a Java class name. */
    private static String detail(Exception e) {
        String text = LiquibaseRunner.databaseText(e);
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static ChangeLogHistoryService historyService(Database database) {
        return ChangeLogHistoryServiceFactory.getInstance().getChangeLogService(database);
    }

    private static LockService lockService(Database database) {
        return LockServiceFactory.getInstance().getLockService(database);
    }

    private static AppliedChangeset applied(RanChangeSet r) {
        return new AppliedChangeset(
                r.getId(),
                r.getAuthor(),
                r.getChangeLog(),
                r.getLastCheckSum() == null ? null : r.getLastCheckSum().toString(),
                r.getOrderExecuted() == null ? 0 : r.getOrderExecuted(),
                r.getExecType() == null ? null : r.getExecType().value,
                r.getDateExecuted() == null ? null : r.getDateExecuted().toInstant());
    }
}
