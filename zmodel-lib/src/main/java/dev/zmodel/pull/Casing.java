package dev.zmodel.pull;

import java.util.Locale;
import java.util.Optional;

/** How the {@code zenstack} preset cases model/enum names ({@code modelCasing}) and field/enum value names ({@code fieldCasing}). */
public enum Casing {
    PASCAL("pascal"),
    CAMEL("camel"),
    SNAKE("snake"),
    NONE("none");

    private final String id;

    Casing(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses an option value ({@code pascal|camel|snake|none}), case-insensitively. */
    public static Optional<Casing> fromId(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (Casing c : values()) {
            if (c.id.equals(v)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
