package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** Polls a "try lock" statement until it is granted or the timeout passes, telling the listener it waits. */
final class DatabaseLocks {
    private DatabaseLocks() {}

    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    static AutoCloseable poll(
            Connection connection,
            String trySql,
            String releaseSql,
            Binder binder,
            Duration timeout,
            Listener listener,
            String what)
            throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean told = false;
        while (true) {
            try (PreparedStatement s = connection.prepareStatement(trySql)) {
                binder.bind(s);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next() && rs.getInt(1) == 1) {
                        break;
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                throw new ZModelException("Another migration run holds the " + what + " for more than "
                        + timeout.toSeconds() + " s; wait for it to finish and try again.");
            }
            if (!told) {
                listener.info("Waiting for another migration run to finish (" + what + ")...");
                told = true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ZModelException("Interrupted while waiting for the " + what + "; nothing was applied. "
                        + "Run the goal again.");
            }
        }
        return () -> {
            try (PreparedStatement s = connection.prepareStatement(releaseSql)) {
                binder.bind(s);
                s.execute();
            }
        };
    }
}
