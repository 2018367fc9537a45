package dev.zmodel.liquibase;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.dialect.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Liquibase's tracking tables read and edited over plain JDBC: the rows of {@code DATABASECHANGELOG}, deleting the
 * rows of one migration (Liquibase has no command for that), and the {@code DATABASECHANGELOGLOCK} row. Table
 * names are Liquibase's defaults, unquoted, so each database folds them as Liquibase created them. Values are
 * always bound.
 */
public final class ChangelogHistory {
    public static final String TABLE = "DATABASECHANGELOG";
    public static final String LOCK_TABLE = "DATABASECHANGELOGLOCK";

    private ChangelogHistory() {}

    /** The state of Liquibase's lock row. */
    public record Lock(boolean locked, java.time.Instant granted, String lockedBy) {}

    /** True when the table exists in the connection's current schema/database. */
    public static boolean exists(Connection connection, Provider provider, String table) {
        String sql = switch (provider) {
            case POSTGRESQL ->
                "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                        + "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relname = ?";
            case MYSQL ->
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                        + "AND table_name = ?";
            case SQLITE -> "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND upper(name) = ?";
        };
        // unquoted, Liquibase's table name is folded the way the database folds identifiers
        String name =
                Dialect.of(provider).facts().foldsUnquotedCase() ? table.toLowerCase(java.util.Locale.ROOT) : table;
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new ZModelException("Cannot read the migration history (" + table + "): " + e.getMessage(), e);
        }
    }

    /** Every row of {@code DATABASECHANGELOG} in execution order; empty when the table does not exist yet. */
    public static List<AppliedChangeset> read(Connection connection, Provider provider) {
        if (!exists(connection, provider, TABLE)) {
            return List.of();
        }
        List<AppliedChangeset> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT ID, AUTHOR, FILENAME, MD5SUM, ORDEREXECUTED, EXECTYPE, DATEEXECUTED FROM " + TABLE
                                + " ORDER BY ORDEREXECUTED, DATEEXECUTED")) {
            while (rs.next()) {
                Timestamp executed = rs.getTimestamp(7);
                rows.add(new AppliedChangeset(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6),
                        executed == null ? null : executed.toInstant()));
            }
        } catch (SQLException e) {
            throw new ZModelException(
                    "Cannot read the migration history (" + TABLE + "): " + e.getMessage()
                            + ". Grant the database user SELECT on " + TABLE + " (and INSERT, UPDATE, DELETE to apply "
                            + "migrations), or connect as the user that owns it.",
                    e);
        }
        return rows;
    }

    /** Deletes the rows of one logical file path; returns how many were deleted. */
    public static int delete(Connection connection, String fileName) {
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE FILENAME = ?")) {
            s.setString(1, fileName);
            int n = s.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return n;
        } catch (SQLException e) {
            throw new ZModelException(
                    "Cannot delete the history rows of " + fileName + " from " + TABLE + ": " + e.getMessage(), e);
        }
    }

    /** Liquibase's lock row, if the lock table exists. */
    public static Optional<Lock> lock(Connection connection, Provider provider) {
        if (!exists(connection, provider, LOCK_TABLE)) {
            return Optional.empty();
        }
        try (Statement s = connection.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT LOCKED, LOCKGRANTED, LOCKEDBY FROM " + LOCK_TABLE + " WHERE ID = 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Timestamp granted = rs.getTimestamp(2);
            return Optional.of(
                    new Lock(rs.getBoolean(1), granted == null ? null : granted.toInstant(), rs.getString(3)));
        } catch (SQLException e) {
            throw new ZModelException("Cannot read Liquibase's lock (" + LOCK_TABLE + "): " + e.getMessage(), e);
        }
    }
}
