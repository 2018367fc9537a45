package dev.zmodel.model;

import dev.zmodel.ZModelException;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.ColumnType;

import java.util.List;

/**
 * SQLite defaults as written in the DDL (SQLite's {@code dflt_value} is the text as written): numbers as written,
 * booleans {@code true}/{@code false}, strings quoted, {@code now()} as {@code CURRENT_TIMESTAMP}.
 */
final class SqliteColumnDefaults implements ColumnDefaults {

    @Override
    public AutoIncrement autoIncrement() {
        return AutoIncrement.ROWID_AUTOINCREMENT;
    }

    @Override
    public String now(ColumnType type, String where) {
        return "CURRENT_TIMESTAMP";
    }

    @Override
    public String literal(DefaultLiteral value, ColumnType type, String where) {
        return switch (value.kind()) {
            case BOOLEAN -> value.text();
            case NUMBER -> value.text().startsWith("+") ? value.text().substring(1) : value.text();
            case ENUM_VALUE -> quote(value.text());
            case STRING -> type.name().equals("blob") ? null : quote(value.text());
        };
    }

    @Override
    public String list(List<DefaultLiteral> values, ColumnType type, String where) {
        throw new ZModelException(where + ": SQLite has no list columns.");
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
