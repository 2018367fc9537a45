package dev.zmodel.diff.ddl;

import dev.zmodel.Listener;
import dev.zmodel.Progress;
import dev.zmodel.ZModelException;
import dev.zmodel.diff.SchemaChange;
import dev.zmodel.schema.DatabaseSchema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs schema changes directly on a JDBC connection, without Liquibase and without history — for tests
 * (create a database in a given state: {@code diff(empty, schema)}) and for {@code db push}-style workflows.
 * Statements run one by one in auto-commit mode (SQLite's {@code PRAGMA foreign_keys} only works outside a
 * transaction); the first failure stops with the statement in the message.
 */
public final class SchemaApplier {
    private SchemaApplier() {}

    /** Creates {@code schema} in an empty database. */
    public static void create(Connection connection, DatabaseSchema schema) {
        run(connection, Ddl.forProvider(schema.provider()).create(schema));
    }

    /** Applies changes of a diff for the given provider's dialect. */
    public static void apply(
            Connection connection, dev.zmodel.Provider provider, List<? extends SchemaChange> changes) {
        apply(connection, provider, changes, Listener.NONE);
    }

    /** {@link #apply(Connection, dev.zmodel.Provider, List)} reporting progress as {@value #STEP}. */
    public static void apply(
            Connection connection,
            dev.zmodel.Provider provider,
            List<? extends SchemaChange> changes,
            Listener listener) {
        run(connection, Ddl.forProvider(provider).statements(changes), listener);
    }

    /** The progress step of {@link #apply(Connection, dev.zmodel.Provider, List, Listener)}, in statements. */
    public static final String STEP = "Running statements";

    private static void run(Connection connection, List<String> statements) {
        run(connection, statements, Listener.NONE);
    }

    private static void run(Connection connection, List<String> statements, Listener listener) {
        Progress progress = Progress.start(listener, STEP, statements.size());
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try (Statement s = connection.createStatement()) {
                for (String sql : statements) {
                    try {
                        s.execute(sql);
                    } catch (SQLException e) {
                        throw new ZModelException("Statement failed: " + e.getMessage() + "\n" + sql, e);
                    }
                    progress.advance();
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ZModelException("Cannot apply schema changes: " + e.getMessage(), e);
        }
    }
}
