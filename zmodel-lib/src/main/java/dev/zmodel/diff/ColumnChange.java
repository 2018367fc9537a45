package dev.zmodel.diff;

/** The aspects of a column an {@link AlterColumn} changes. */
public enum ColumnChange {
    TYPE,
    NULLABILITY,
    DEFAULT,
    AUTO_INCREMENT,
    GENERATED,
    COLLATION,
    ON_UPDATE,
    COMMENT
}
