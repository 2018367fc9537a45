package dev.zmodel.liquibase;

import liquibase.change.CheckSum;

import java.io.Serializable;

/**
 * What the history check needs of a declared changeset, without Liquibase's parsed form: its identity and the
 * checksum Liquibase computes for it (with the latest checksum version). The same file bytes and the same Liquibase
 * give the same digest, so it can be cached by them.
 *
 * @param id       the changeset id
 * @param author   the changeset author
 * @param path     the logical file path Liquibase records in {@code DATABASECHANGELOG.FILENAME}
 * @param checksum Liquibase's checksum of the changeset ({@code 9:…})
 */
public record ChangesetDigest(String id, String author, String path, String checksum) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** True when the row's identity (id, author, file) is this changeset's. */
    public boolean identifies(AppliedChangeset row) {
        return id.equals(row.id())
                && author.equals(row.author())
                && DeclaredChangeset.normalize(path).equals(DeclaredChangeset.normalize(row.fileName()));
    }

    /**
     * True when the stored checksum is exactly this one (or none is stored): then Liquibase's own rule holds too,
     * since it first compares the stored value with the checksum of the stored value's version. False only means
     * "not shown here": the parsed changeset decides ({@link DeclaredChangeset#checksumMatches}).
     */
    public boolean sameChecksum(String storedChecksum) {
        if (storedChecksum == null || storedChecksum.isBlank()) {
            return true;
        }
        try {
            return CheckSum.parse(storedChecksum).equals(CheckSum.parse(checksum));
        } catch (RuntimeException e) {
            return false; // an unparsable stored value: the parsed changeset reports it as today
        }
    }
}
