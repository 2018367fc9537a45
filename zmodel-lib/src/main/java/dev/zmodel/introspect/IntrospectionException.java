package dev.zmodel.introspect;

import dev.zmodel.ZModelException;

/**
 * Introspection could not read the database completely. The message names the database (product and masked
 * URL, never a password), the step that failed ("reading columns") and what to check.
 */
public class IntrospectionException extends ZModelException {
    private final String database;
    private final String step;

    public IntrospectionException(String database, String step, String problem, String advice, Throwable cause) {
        super(
                "Could not introspect " + database + " while " + step + ": " + problem
                        + (advice == null || advice.isEmpty() ? "" : ". " + advice),
                cause);
        this.database = database;
        this.step = step;
    }

    /** Product and masked URL of the database, e.g. {@code PostgreSQL 15.19 at jdbc:postgresql://h:5432/app}. */
    public String database() {
        return database;
    }

    /** The step that failed, e.g. {@code reading columns}. */
    public String step() {
        return step;
    }
}
