package dev.zmodel.introspect;

import dev.zmodel.Listener;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Runs the catalog queries of one introspection: binds their parameters, counts the statements executed and
 * turns every {@link SQLException} into one {@link IntrospectionException} that names the database, the step
 * and what to check.
 */
final class CatalogSession {
    /** Reads one row; called once per row in result order. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Binds the parameters of a prepared statement. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private static final int FETCH_SIZE = 2000;

    private final Connection connection;
    private final ConnectionDescription database;
    private final Listener listener;
    private final FailureAdvice advice;
    private int statements;

    CatalogSession(Connection connection, ConnectionDescription database, Listener listener, FailureAdvice advice) {
        this.connection = connection;
        this.database = database;
        this.listener = listener;
        this.advice = advice;
    }

    ConnectionDescription database() {
        return database;
    }

    Listener listener() {
        return listener;
    }

    /** Number of statements executed so far. */
    int statements() {
        return statements;
    }

    /** Runs {@code sql} with {@code binder}'s parameters and hands every row to {@code reader}. */
    void query(String step, String sql, Binder binder, RowReader reader) {
        long start = System.nanoTime();
        int rows = 0;
        statements++;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            binder.bind(statement);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                    rows++;
                }
            }
        } catch (SQLException e) {
            throw failure(step, e);
        } catch (RuntimeException e) {
            if (e instanceof IntrospectionException) {
                throw e;
            }
            throw new IntrospectionException(
                    database.toString(),
                    step,
                    "unexpected catalog content (" + e + ")",
                    "This is a bug in the introspector; please report it with the table definition",
                    e);
        }
        long tenths = (System.nanoTime() - start) / 100_000;
        // concatenated, not String.format: a formatter's first use costs milliseconds on a cold JVM
        listener.debug(step + ": " + rows + " rows in " + tenths / 10 + "." + tenths % 10 + " ms");
    }

    /** Runs a parameterless query. */
    void query(String step, String sql, RowReader reader) {
        query(step, sql, statement -> {}, reader);
    }

    /** An {@link IntrospectionException} for a failed step. */
    IntrospectionException failure(String step, SQLException e) {
        return new IntrospectionException(database.toString(), step, describe(e), advice.advise(e), e);
    }

    /** An {@link IntrospectionException} for a problem found in the catalog content. */
    IntrospectionException failure(String step, String problem, String what) {
        return new IntrospectionException(database.toString(), step, problem, what, null);
    }

    private static String describe(SQLException e) {
        String message = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().strip();
        return e.getSQLState() == null ? message : message + " (SQL state " + e.getSQLState() + ")";
    }

    /** What to tell the user to check, per dialect. */
    @FunctionalInterface
    interface FailureAdvice {
        String advise(SQLException e);
    }
}
