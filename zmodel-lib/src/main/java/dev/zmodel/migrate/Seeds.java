package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.SqlScript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static dev.zmodel.PropertyNames.SEED;
import static dev.zmodel.PropertyNames.flag;

/** Runs seed SQL files statement by statement, each file in one transaction. */
final class Seeds {
    private Seeds() {}

    static void run(Connection connection, List<Path> files, Listener listener) {
        for (Path file : files) {
            String script;
            try {
                script = Files.readString(file);
            } catch (IOException e) {
                throw new ZModelException(
                        "Cannot read the seed file " + file + ": " + e.getMessage() + ". Check " + flag(SEED) + ".", e);
            }
            List<String> statements = SqlScript.split(script);
            int n = 0;
            try {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try (Statement s = connection.createStatement()) {
                    for (String sql : statements) {
                        n++;
                        s.execute(sql);
                    }
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(autoCommit);
                }
            } catch (SQLException e) {
                throw new ZModelException(
                        "The seed file " + file + " failed at statement " + n + " of "
                                + statements.size() + ": " + e.getMessage()
                                + ". The migrations are applied; the seed was "
                                + "rolled back where the database allows it. Fix the seed file and run migrate-reset again.",
                        e);
            }
            listener.info("Ran seed " + file + " (" + statements.size() + " statement(s)).");
        }
    }
}
