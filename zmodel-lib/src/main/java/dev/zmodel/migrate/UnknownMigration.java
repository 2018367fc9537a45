package dev.zmodel.migrate;

/**
 * History rows whose logical file path has no migration folder: a migration applied to this database that is
 * missing from the directory (deleted, renamed, or from another branch).
 *
 * @param fileName   the logical file path recorded ({@code 20261122093000_init/migration.xml})
 * @param changesets how many rows it has
 */
public record UnknownMigration(String fileName, int changesets) {
    /** The migration folder name the rows point at. */
    public String id() {
        int slash = fileName.indexOf('/');
        return slash > 0 ? fileName.substring(0, slash) : fileName;
    }
}
