package dev.zmodel;

/**
 * Receives progress and warnings from library operations. The library never prints; the Maven plugin routes
 * these calls to Maven's log, embedders to wherever they like.
 */
public interface Listener {
    /** Discards everything. */
    Listener NONE = new Listener() {};

    /** A normal progress message ("Introspected 120 tables", "Applied 20261122093000_init"). */
    default void info(String message) {}

    /** Something the user should look at; the operation continues. */
    default void warn(String message) {}

    /** Detail only shown in verbose/debug output. */
    default void debug(String message) {}

    /**
     * Progress of a long step: {@code done} of {@code total} units (total may be -1 when unknown). The library
     * calls it through {@link Progress}: once with 0 when the step starts, at most about a hundred times in between,
     * and with {@code done == total} at the end. Steps: {@code "Reading tables"} (introspection; units: tables and
     * views whose columns were read), {@code "Applying changesets"} (migrate-deploy, migrate-dev, migrate-reset),
     * {@code "Replaying migrations on the shadow database"}, {@code "Running statements"} (db-push). Each applied
     * migration is also one {@link #info} line.
     */
    default void progress(String step, int done, int total) {}
}
