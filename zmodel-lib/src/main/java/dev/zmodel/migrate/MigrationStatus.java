package dev.zmodel.migrate;

import java.util.List;

/**
 * A migration of the directory with its state in the database.
 *
 * @param changesets        how many changesets the file declares
 * @param appliedChangesets how many of them have a history row
 * @param details           for {@link MigrationState#EDITED}: which changesets changed or disappeared; for
 *                          {@link MigrationState#PARTIALLY_APPLIED}: the first changeset that did not run
 */
public record MigrationStatus(
        Migration migration, MigrationState state, int changesets, int appliedChangesets, List<String> details) {
    public MigrationStatus {
        details = List.copyOf(details);
    }

    /** "20261122093000_init (applied)", "20261123101500_add_posts (partially applied: 2 of 3 changesets)". */
    public String describe() {
        return switch (state) {
            case APPLIED -> migration.id() + " (applied)";
            case PENDING -> migration.id() + " (pending)";
            case PARTIALLY_APPLIED ->
                migration.id() + " (partially applied: " + appliedChangesets + " of " + changesets + " changesets ran"
                        + (details.isEmpty() ? "" : "; " + String.join("; ", details)) + ")";
            case EDITED -> migration.id() + " (edited after it was applied: " + String.join("; ", details) + ")";
        };
    }
}
