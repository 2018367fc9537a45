package dev.zmodel.pull.types;

import dev.zmodel.schema.Column;

import java.util.Locale;

/**
 * SQLite declared types as Prisma maps them ({@code sqlite.rs::get_column_type}): the whole declared type,
 * lower-cased, matched exactly ({@code int}, {@code integer}, {@code serial} → Int, {@code bigint} → BigInt,
 * {@code real}, {@code float}, {@code double} → Float, {@code boolean}, {@code text}, {@code date},
 * {@code datetime}, {@code timestamp}, {@code binary}, {@code blob}, {@code jsonb}) or by substring (contains
 * {@code char} → String, {@code numeric}/{@code decimal} → Decimal); everything else is
 * {@code Unsupported("<declared type, lower-cased>")}. SQLite has no native type attributes.
 */
class SqliteTypeMapping implements TypeMapping {
    @Override
    public MappedType map(Column column) {
        String declared = declared(column);
        String type = switch (declared) {
            case "int", "integer", "serial" -> "Int";
            case "bigint" -> "BigInt";
            case "real", "float", "double" -> "Float";
            case "boolean" -> "Boolean";
            case "text" -> "String";
            case "date", "datetime", "timestamp" -> "DateTime";
            case "binary", "blob" -> "Bytes";
            case "jsonb" -> "Json";
            default -> declared.contains("char") ? "String"
                    : declared.contains("numeric") || declared.contains("decimal") ? "Decimal" : null;
        };
        return type == null ? new MappedType.Unsupported(declared) : MappedType.scalar(type);
    }

    static String declared(Column column) {
        String raw = column.type().raw() == null ? column.type().name() : column.type().raw();
        return raw.toLowerCase(Locale.ROOT);
    }
}
