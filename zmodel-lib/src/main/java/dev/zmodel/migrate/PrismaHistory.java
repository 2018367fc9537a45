package dev.zmodel.migrate;

import dev.zmodel.ZModelException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prisma's history table, {@code _prisma_migrations} (id, checksum, finished_at, migration_name, logs,
 * rolled_back_at, started_at, applied_steps_count), in the connection's current schema/database. Prisma's rule for a
 * migration: applied when it has a row with {@code finished_at} set and {@code rolled_back_at} not; failed when a row
 * has neither; rows with {@code rolled_back_at} set are ignored.
 */
record PrismaHistory(List<PrismaHistory.Row> rows) {
    static final String TABLE = "_prisma_migrations";

    record Row(String migrationName, String checksum, boolean finished, boolean rolledBack, String logs) {
        boolean applied() {
            return finished && !rolledBack;
        }

        boolean failed() {
            return !finished && !rolledBack;
        }
    }

    PrismaHistory {
        rows = List.copyOf(rows);
    }

    /** The rows, in the order Prisma started them; empty when the database has no {@code _prisma_migrations}. */
    static Optional<PrismaHistory> read(Connection connection, MigrateDialect dialect, String db) {
        List<Row> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "
                        + TABLE + " ORDER BY started_at, migration_name")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String checksum = rs.getString(2);
                boolean finished = rs.getObject(3) != null;
                boolean rolledBack = rs.getObject(4) != null;
                rows.add(new Row(name, checksum, finished, rolledBack, rs.getString(5)));
            }
        } catch (SQLException e) {
            if (dialect.isMissingObject(e)) {
                return Optional.empty();
            }
            throw new ZModelException(
                    "Cannot read Prisma's migration history (" + TABLE + ") on " + db + ": " + e.getMessage()
                            + ". The user needs to read that table; grant it SELECT and run migrate-import again. "
                            + "Nothing was written.",
                    e);
        }
        return Optional.of(new PrismaHistory(rows));
    }

    List<Row> of(String migration) {
        return rows.stream().filter(r -> migration.equals(r.migrationName())).toList();
    }

    Optional<Row> applied(String migration) {
        return of(migration).stream().filter(Row::applied).findFirst();
    }
}
