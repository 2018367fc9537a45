package dev.zmodel.migrate;

/** Where a migration of the directory stands in the database's history. */
public enum MigrationState {
    /** Every changeset has a history row with a matching checksum. */
    APPLIED,
    /** No changeset has run. */
    PENDING,
    /**
     * Some changesets ran and a later one did not: the migration failed part-way (Liquibase records no row for a
     * failed changeset), or another deploy is running it right now.
     */
    PARTIALLY_APPLIED,
    /** The file changed after it was applied: a checksum mismatch, or a recorded changeset is gone from the file. */
    EDITED
}
