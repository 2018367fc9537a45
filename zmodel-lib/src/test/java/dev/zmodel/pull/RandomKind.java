package dev.zmodel.pull;

/** What a column of a random table holds; each dialect spells every kind in several ways ({@link RandomDialect}). */
enum RandomKind {
    STRING,
    CHAR,
    INT,
    BIGINT,
    MONEY,
    FLOAT,
    BOOL,
    TIMESTAMP,
    DATE,
    TIME,
    JSON,
    UUID,
    BYTES,
    TEXT_ARRAY,
    ENUM;

    /** Kinds a B-tree index or UNIQUE constraint can be put on in every dialect. */
    boolean indexable() {
        return switch (this) {
            case STRING, CHAR, INT, BIGINT, MONEY, TIMESTAMP, DATE, UUID, ENUM -> true;
            default -> false;
        };
    }
}
