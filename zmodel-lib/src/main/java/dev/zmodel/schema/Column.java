package dev.zmodel.schema;

import java.io.Serializable;

/**
 * A table or view column.
 *
 * @param defaultValue the raw SQL default expression as the catalog returns it ({@code 'x'::text},
 *                     {@code nextval('t_id_seq'::regclass)}, {@code CURRENT_TIMESTAMP}); null when none
 * @param onUpdate     MySQL {@code ON UPDATE CURRENT_TIMESTAMP} expression; null when none
 * @param collation    non-default collation; null when default
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
        String collation)
        implements Serializable {
    public Column {
        if (autoIncrement == null) {
            autoIncrement = AutoIncrement.NONE;
        }
    }

    public static Column of(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, null, AutoIncrement.NONE, null, null, null, null);
    }

    public Column withDefault(String expression) {
        return new Column(name, type, nullable, expression, autoIncrement, generated, comment, onUpdate, collation);
    }

    public Column withAutoIncrement(AutoIncrement value) {
        return new Column(name, type, nullable, defaultValue, value, generated, comment, onUpdate, collation);
    }

    public Column withNullable(boolean value) {
        return new Column(name, type, value, defaultValue, autoIncrement, generated, comment, onUpdate, collation);
    }

    public Column withType(ColumnType value) {
        return new Column(name, value, nullable, defaultValue, autoIncrement, generated, comment, onUpdate, collation);
    }

    public Column withComment(String value) {
        return new Column(name, type, nullable, defaultValue, autoIncrement, generated, value, onUpdate, collation);
    }

    public Column withName(String value) {
        return new Column(value, type, nullable, defaultValue, autoIncrement, generated, comment, onUpdate, collation);
    }

    public Column withGenerated(Generated value) {
        return new Column(name, type, nullable, defaultValue, autoIncrement, value, comment, onUpdate, collation);
    }
}
