package dev.zmodel.schema;

import java.io.Serializable;

/**
 * A table or view column.
 *
 * @param defaultValue the raw SQL default expression as the catalog returns it ({@code 'x'::text},
 *                     {@code nextval('t_id_seq'::regclass)}, {@code CURRENT_TIMESTAMP}); null when none
 * @param onUpdate     MySQL {@code ON UPDATE CURRENT_TIMESTAMP} expression; null when none
 * @param collation    non-default collation; null when default
 * @param invisible    MySQL/MariaDB {@code INVISIBLE}: left out of {@code SELECT *} and of an {@code INSERT} without a
 *                     column list
 */
public record Column(
        String name,
        ColumnType type,
        boolean nullable,
        String defaultValue,
        AutoIncrement autoIncrement,
        Generated generated,
        String comment,
        String onUpdate,
        String collation,
        boolean invisible)
        implements Serializable {
    public Column {
        if (autoIncrement == null) {
            autoIncrement = AutoIncrement.NONE;
        }
    }

    /** A visible column. */
    public Column(
            String name,
            ColumnType type,
            boolean nullable,
            String defaultValue,
            AutoIncrement autoIncrement,
            Generated generated,
            String comment,
            String onUpdate,
            String collation) {
        this(name, type, nullable, defaultValue, autoIncrement, generated, comment, onUpdate, collation, false);
    }

    public static Column of(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, null, AutoIncrement.NONE, null, null, null, null);
    }

    public Column withDefault(String expression) {
        return new Column(
                name, type, nullable, expression, autoIncrement, generated, comment, onUpdate, collation, invisible);
    }

    public Column withAutoIncrement(AutoIncrement value) {
        return new Column(
                name, type, nullable, defaultValue, value, generated, comment, onUpdate, collation, invisible);
    }

    public Column withNullable(boolean value) {
        return new Column(
                name, type, value, defaultValue, autoIncrement, generated, comment, onUpdate, collation, invisible);
    }

    public Column withType(ColumnType value) {
        return new Column(
                name, value, nullable, defaultValue, autoIncrement, generated, comment, onUpdate, collation, invisible);
    }

    public Column withComment(String value) {
        return new Column(
                name, type, nullable, defaultValue, autoIncrement, generated, value, onUpdate, collation, invisible);
    }

    public Column withName(String value) {
        return new Column(
                value, type, nullable, defaultValue, autoIncrement, generated, comment, onUpdate, collation, invisible);
    }

    public Column withGenerated(Generated value) {
        return new Column(
                name, type, nullable, defaultValue, autoIncrement, value, comment, onUpdate, collation, invisible);
    }
}
