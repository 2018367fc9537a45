package dev.zmodel.migrate;

import dev.zmodel.liquibase.ChangelogFormat;

import java.nio.file.Path;

/**
 * One migration folder: {@code <migrations>/20261122093000_init/migration.xml}.
 *
 * @param id     the folder name, {@code yyyyMMddHHmmss_<name>} (UTC); the prefix of its changeset ids
 * @param name   the part after the timestamp ({@code init})
 * @param file   the changelog file
 * @param format its format, from the extension
 */
public record Migration(String id, String name, Path file, ChangelogFormat format) {
    /** The file relative to the migrations directory, {@code 20261122093000_init/migration.xml}. */
    public String relativeFile() {
        return id + "/" + file.getFileName();
    }

    @Override
    public String toString() {
        return id;
    }
}
