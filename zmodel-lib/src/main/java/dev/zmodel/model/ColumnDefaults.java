package dev.zmodel.model;

import dev.zmodel.Provider;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.ColumnType;

import java.util.List;

/**
 * The database default of a {@code @default(…)} on one database, spelled exactly as the catalog prints it after
 * our DDL created it (architecture.md, "The relational model contract": PostgreSQL {@code pg_get_expr}, MariaDB
 * {@code COLUMN_DEFAULT}, SQLite {@code dflt_value}), so that a diff against the introspected database is empty.
 */
interface ColumnDefaults {

    /** The one place that picks the dialect. */
    static ColumnDefaults forProvider(Provider provider) {
        return switch (provider) {
            case POSTGRESQL -> new PostgresColumnDefaults();
            case MYSQL -> new MySqlColumnDefaults();
            case SQLITE -> new SqliteColumnDefaults();
        };
    }

    /** How {@code autoincrement()} is implemented (SQLite: refined to a rowid alias by the caller). */
    AutoIncrement autoIncrement();

    /** {@code now()} on a column of this type. */
    String now(ColumnType type, String where);

    /** A literal value on a column of this type; null (with a warning by the caller) when it has no SQL form. */
    String literal(DefaultLiteral value, ColumnType type, String where);

    /** A list literal on an array column (PostgreSQL). */
    String list(List<DefaultLiteral> values, ColumnType type, String where);
}
