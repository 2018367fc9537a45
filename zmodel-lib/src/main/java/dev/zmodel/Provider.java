package dev.zmodel;

import java.util.Locale;
import java.util.Optional;

/**
 * The database providers a ZModel {@code datasource} can name. This is the single vocabulary every
 * capability package uses to pick its dialect-specific implementation (one {@code switch} per concern).
 */
public enum Provider {
    POSTGRESQL("postgresql"),
    MYSQL("mysql"),
    SQLITE("sqlite");

    private final String id;

    Provider(String id) {
        this.id = id;
    }

    /** The name used in {@code datasource.provider}. */
    public String id() {
        return id;
    }

    /** Parses a {@code datasource.provider} value; {@code postgres} and {@code mariadb} are accepted aliases. */
    public static Optional<Provider> fromId(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "postgresql", "postgres" -> Optional.of(POSTGRESQL);
            case "mysql", "mariadb" -> Optional.of(MYSQL);
            case "sqlite" -> Optional.of(SQLITE);
            default -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return id;
    }
}
