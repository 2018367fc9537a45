package dev.zmodel.pull;

import java.util.Locale;
import java.util.Optional;

/**
 * The naming preset of a fresh {@code db pull}: how database names become ZModel names, how relations are
 * named, and the few layout choices that follow the reference tool of the preset (attribute order, where
 * relation fields go). Everything else — types, defaults, keys, warnings — is the same for both.
 */
public enum Naming {
    /** ZenStack v3's conventions (PascalCase models, camelCase fields, friendly relation names), without its bugs. */
    ZENSTACK("zenstack"),
    /** Prisma 6's introspection conventions: database names sanitized, relation fields named after models. */
    PRISMA("prisma");

    private final String id;

    Naming(String id) {
        this.id = id;
    }

    /** The option value ({@code zenstack}, {@code prisma}). */
    public String id() {
        return id;
    }

    /** Parses an option value, case-insensitively. */
    public static Optional<Naming> fromId(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (Naming n : values()) {
            if (n.id.equals(v)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
