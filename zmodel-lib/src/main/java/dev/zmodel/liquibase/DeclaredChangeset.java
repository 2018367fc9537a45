package dev.zmodel.liquibase;

import liquibase.ChecksumVersion;
import liquibase.change.CheckSum;
import liquibase.changelog.ChangeSet;

/**
 * A changeset as a migration file declares it, able to tell whether a stored checksum still matches it (with
 * Liquibase's own rule: the checksum version of the stored value, {@code <validCheckSum>} entries honoured).
 */
public final class DeclaredChangeset {
    private final String id;
    private final String author;
    private final String path;
    private final ChangeSet changeSet;

    DeclaredChangeset(ChangeSet changeSet) {
        this.id = changeSet.getId();
        this.author = changeSet.getAuthor();
        this.path = changeSet.getLogicalFilePath() != null ? changeSet.getLogicalFilePath() : changeSet.getFilePath();
        this.changeSet = changeSet;
    }

    public String id() {
        return id;
    }

    /** False for a changeset declared {@code runInTransaction="false"} (a SQLite table rebuild). */
    public boolean runsInTransaction() {
        return changeSet.isRunInTransaction();
    }

    /** Liquibase's parsed changeset, for the SQL and history services of this package. */
    ChangeSet changeSet() {
        return changeSet;
    }

    public String author() {
        return author;
    }

    /** The logical file path Liquibase records in {@code DATABASECHANGELOG.FILENAME}. */
    public String path() {
        return path;
    }

    /** True when the row's identity (id, author, file) is this changeset's. */
    public boolean identifies(AppliedChangeset row) {
        return id.equals(row.id())
                && author.equals(row.author())
                && normalize(path).equals(normalize(row.fileName()));
    }

    /** True when the stored checksum (null counts as valid, as in Liquibase) matches the file's content. */
    public boolean checksumMatches(String storedChecksum) {
        if (storedChecksum == null || storedChecksum.isBlank()) {
            return true;
        }
        return LiquibaseScope.run(() -> changeSet.isCheckSumValid(CheckSum.parse(storedChecksum)));
    }

    /** Its identity and checksum (latest checksum version), for caching what parsing the file yields. */
    public ChangesetDigest digest() {
        String checksum = LiquibaseScope.run(
                () -> changeSet.generateCheckSum(ChecksumVersion.latest()).toString());
        return new ChangesetDigest(id, author, path, checksum);
    }

    static String normalize(String path) {
        String p = path == null ? "" : path.replace('\\', '/');
        while (p.startsWith("./") || p.startsWith("/")) {
            p = p.substring(p.startsWith("./") ? 2 : 1);
        }
        return p;
    }

    @Override
    public String toString() {
        return path + "::" + id + "::" + author;
    }
}
