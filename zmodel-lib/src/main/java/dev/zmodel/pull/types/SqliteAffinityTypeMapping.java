package dev.zmodel.pull.types;

import dev.zmodel.schema.Column;

/**
 * SQLite declared types for the {@code zenstack} preset: Prisma's mapping where it has one, otherwise ZenStack's
 * affinity rules on the declared type's base words ({@code packages/cli/src/actions/pull/provider/sqlite.ts}):
 * {@code tinyint}, {@code smallint}, {@code mediumint}, {@code int2}, {@code int8} → Int; {@code unsigned big int}
 * → BigInt; {@code varchar}, {@code character}, {@code nchar}, {@code clob}, … → String; no type → Bytes;
 * {@code double precision} → Float; {@code json} → Json; {@code bool} → Boolean; then SQLite's affinity:
 * contains {@code int} → Int, {@code char}/{@code clob}/{@code text} → String, {@code blob} → Bytes,
 * {@code real}/{@code floa}/{@code doub} → Float; else {@code Unsupported}.
 */
final class SqliteAffinityTypeMapping extends SqliteTypeMapping {
    @Override
    public MappedType map(Column column) {
        MappedType prisma = super.map(column);
        if (!(prisma instanceof MappedType.Unsupported)) {
            return prisma;
        }
        String base = column.type().name();
        String type = switch (base) {
            case "integer", "int", "tinyint", "smallint", "mediumint", "int2", "int8" -> "Int";
            case "bigint", "unsigned big int" -> "BigInt";
            case "text", "varchar", "char", "character", "varying character", "nchar", "native character",
                    "nvarchar", "clob" -> "String";
            case "blob", "" -> "Bytes";
            case "real", "float", "double", "double precision" -> "Float";
            case "numeric", "decimal" -> "Decimal";
            case "datetime", "date", "time", "timestamp" -> "DateTime";
            case "json", "jsonb" -> "Json";
            case "boolean", "bool" -> "Boolean";
            default -> affinity(base);
        };
        return type == null ? prisma : MappedType.scalar(type);
    }

    private static String affinity(String base) {
        if (base.contains("int")) {
            return "Int";
        }
        if (base.contains("char") || base.contains("clob") || base.contains("text")) {
            return "String";
        }
        if (base.contains("blob")) {
            return "Bytes";
        }
        if (base.contains("real") || base.contains("floa") || base.contains("doub")) {
            return "Float";
        }
        return null;
    }
}
