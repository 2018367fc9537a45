package dev.zmodel.model;

/**
 * A literal of a {@code @default(…)}: a string, a number (as written), a boolean, or an enum value (its database
 * name).
 */
record DefaultLiteral(Kind kind, String text) {
    enum Kind {
        STRING,
        NUMBER,
        BOOLEAN,
        ENUM_VALUE
    }

    boolean isTrue() {
        return kind == Kind.BOOLEAN && text.equals("true");
    }
}
