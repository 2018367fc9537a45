package dev.zmodel.migrate;

import dev.zmodel.ZModelException;

/**
 * A migration failed while being applied. The message names the migration and changeset, says what the failed
 * changeset left behind on this kind of database and what to do next.
 */
public final class MigrationFailedException extends ZModelException {
    private final String migration;
    private final boolean connectionLost;

    MigrationFailedException(String message, String migration, boolean connectionLost, Throwable cause) {
        super(message, cause);
        this.migration = migration;
        this.connectionLost = connectionLost;
    }

    /** The migration folder ({@code 20261122093000_init}). */
    public String migration() {
        return migration;
    }

    /** True when the run lost its database connection (killed session, server stopped, network). */
    public boolean connectionLost() {
        return connectionLost;
    }

    MigrationFailedException withMessage(String message) {
        return new MigrationFailedException(message, migration, connectionLost, getCause());
    }
}
