package dev.zmodel.model;

import dev.zmodel.ZModelException;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.SqliteDeclaredTypes;

/**
 * SQLite: the declared types Prisma writes ({@code INTEGER}, {@code BIGINT}, {@code REAL}, {@code DECIMAL},
 * {@code BOOLEAN}, {@code TEXT}, {@code DATETIME}, {@code JSONB}, {@code BLOB}), lower-cased as the introspector
 * reports them; enums are {@code TEXT}; SQLite has no {@code @db.*} native types.
 */
final class SqliteColumnTypes implements ColumnTypes {

    @Override
    public ColumnType scalar(String scalar, NativeType nativeType, String where) {
        if (nativeType != null) {
            throw new ZModelException(where + ": SQLite has no native types; remove @db." + nativeType.name() + ".");
        }
        return switch (scalar) {
            case "String" -> declared("TEXT");
            case "Boolean" -> declared("BOOLEAN");
            case "Int" -> declared("INTEGER");
            case "BigInt" -> declared("BIGINT");
            case "Float" -> declared("REAL");
            case "Decimal" -> declared("DECIMAL");
            case "DateTime" -> declared("DATETIME");
            case "Json" -> declared("JSONB");
            case "Bytes" -> declared("BLOB");
            default -> throw new IllegalArgumentException(scalar);
        };
    }

    @Override
    public ColumnType enumeration(EnumMapping mapping) {
        return declared("TEXT");
    }

    @Override
    public ColumnType unsupported(String text, String where) {
        return declared(text);
    }

    /** The declared type as the introspector decodes it. */
    static ColumnType declared(String declared) {
        return SqliteDeclaredTypes.decode(declared.strip());
    }
}
