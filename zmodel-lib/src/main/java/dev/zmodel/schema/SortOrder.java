package dev.zmodel.schema;

public enum SortOrder {
    ASC,
    DESC
}
