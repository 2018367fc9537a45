package dev.zmodel.diff;

/** Coarse groups of column types, used to judge whether a type change can lose data. */
enum TypeFamily {
    BOOLEAN,
    INTEGER,
    DECIMAL,
    FLOAT,
    STRING,
    BINARY,
    DATE,
    TIME,
    DATETIME,
    JSON,
    UUID,
    ENUM,
    OTHER
}
