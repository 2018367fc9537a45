package dev.zmodel.liquibase;

import java.util.Locale;
import java.util.Optional;

/** The file formats a migration changelog can be written in; each is plain Liquibase. */
public enum ChangelogFormat {
    /** {@code migration.xml}, the default. */
    XML("xml"),
    /** {@code migration.yaml}. */
    YAML("yaml"),
    /** {@code migration.sql}, Liquibase "formatted SQL" ({@code --liquibase formatted sql}). */
    SQL("sql");

    private final String extension;

    ChangelogFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The file name of a migration changelog in this format: {@code migration.xml}. */
    public String fileName() {
        return "migration." + extension;
    }

    /** Parses {@code xml}, {@code yaml}/{@code yml} or {@code sql} (case-insensitive). */
    public static Optional<ChangelogFormat> fromId(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "xml" -> Optional.of(XML);
            case "yaml", "yml" -> Optional.of(YAML);
            case "sql" -> Optional.of(SQL);
            default -> Optional.empty();
        };
    }
}
