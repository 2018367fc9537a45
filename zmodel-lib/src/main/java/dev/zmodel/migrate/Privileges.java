package dev.zmodel.migrate;

import dev.zmodel.datasource.ConnectionSettings;

import java.sql.SQLException;
import java.util.Optional;

/** Recognises "permission denied" failures (per dialect) and says which grants the workflows need. */
final class Privileges {
    private Privileges() {}

    /**
     * The advice when {@code failure} (or a cause) is a permission error of the database, else empty.
     */
    static Optional<String> missing(ConnectionSettings database, Throwable failure, String tail) {
        MigrateDialect dialect = MigrateDialect.forProvider(database.provider());
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && dialect.isPermissionError(s)) {
                String user = database.user() != null ? database.user() : "the user";
                return Optional.of("The database user " + (database.user() != null ? "'" + user + "' " : "")
                        + "lacks a privilege on " + database.displayUrl() + ": grant it what schema changes need "
                        + "(PostgreSQL: GRANT CREATE ON SCHEMA <schema> TO <user>, or make the user the schema's owner; "
                        + "MySQL: GRANT ALL ON <database>.* TO <user>), or connect as a user that has it, then run "
                        + "again." + tail);
            }
        }
        return Optional.empty();
    }

    /**
     * One message for an SQL (or other unexpected) failure of a workflow step: the goal, the database, the driver's
     * text, and what to do — the grants when it is a permission error, else to fix the cause and run again.
     */
    static dev.zmodel.ZModelException failure(String goal, ConnectionSettings database, Exception e) {
        String detail =
                e.getMessage() == null ? "no detail was given" : e.getMessage().strip();
        if (detail.endsWith(".")) {
            detail = detail.substring(0, detail.length() - 1);
        }
        return new dev.zmodel.ZModelException(
                goal + " failed on " + database.displayUrl() + ": " + detail + ". "
                        + missing(database, e, "")
                                .orElse("Fix the cause and run " + goal + " again (mvn zenstack:migrate-status "
                                        + "shows what is applied)."),
                e);
    }
}
