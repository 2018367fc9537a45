package dev.zmodel.schema;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A table. {@code schema} is the PostgreSQL schema (namespace); for MySQL/MariaDB and SQLite it is null.
 * Columns are in ordinal order; indexes and foreign keys in the dialect's catalog order (by name).
 */
public record Table(
        String schema,
        String name,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<Index> indexes,
        List<ForeignKey> foreignKeys,
        List<CheckConstraint> checks,
        List<ExclusionConstraint> exclusions,
        String comment,
        TableTraits traits)
        implements Serializable {
    public Table {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        exclusions = List.copyOf(exclusions);
        if (traits == null) {
            traits = TableTraits.NONE;
        }
    }

    public static Table of(String schema, String name, List<Column> columns, PrimaryKey primaryKey) {
        return new Table(
                schema, name, columns, primaryKey, List.of(), List.of(), List.of(), List.of(), null, TableTraits.NONE);
    }

    public Optional<Column> column(String columnName) {
        for (Column c : columns) {
            if (c.name().equals(columnName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public QualifiedName qualifiedName() {
        return new QualifiedName(schema, name);
    }

    public Table withColumns(List<Column> value) {
        return new Table(schema, name, value, primaryKey, indexes, foreignKeys, checks, exclusions, comment, traits);
    }

    public Table withPrimaryKey(PrimaryKey value) {
        return new Table(schema, name, columns, value, indexes, foreignKeys, checks, exclusions, comment, traits);
    }

    public Table withIndexes(List<Index> value) {
        return new Table(schema, name, columns, primaryKey, value, foreignKeys, checks, exclusions, comment, traits);
    }

    public Table withForeignKeys(List<ForeignKey> value) {
        return new Table(schema, name, columns, primaryKey, indexes, value, checks, exclusions, comment, traits);
    }

    public Table withName(String value) {
        return new Table(schema, value, columns, primaryKey, indexes, foreignKeys, checks, exclusions, comment, traits);
    }

    public Table withComment(String value) {
        return new Table(schema, name, columns, primaryKey, indexes, foreignKeys, checks, exclusions, value, traits);
    }
}
