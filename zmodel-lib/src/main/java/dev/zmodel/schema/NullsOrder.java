package dev.zmodel.schema;

/** PostgreSQL index null ordering; {@code DEFAULT} means LAST for ASC and FIRST for DESC. */
public enum NullsOrder {
    DEFAULT,
    FIRST,
    LAST
}
