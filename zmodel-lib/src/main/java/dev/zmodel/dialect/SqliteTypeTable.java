package dev.zmodel.dialect;

import dev.zmodel.ZModelException;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.SqliteDeclaredTypes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The SQLite type table, both directions. SQLite has no {@code @db.*} native types.
 */
final class SqliteTypeTable implements TypeTable {
    static final SqliteTypeTable INSTANCE = new SqliteTypeTable();

    @Override
    public Map<String, Set<String>> nativeTypes() {
        return Map.of();
    }

    // ---------------------------------------------------------------- catalog → ZModel

    @Override
    public MappedType toZModel(Column column) {
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
            default ->
                declared.contains("char")
                        ? "String"
                        : declared.contains("numeric") || declared.contains("decimal") ? "Decimal" : null;
        };
        return type == null ? new MappedType.Unsupported(declared) : MappedType.scalar(type);
    }

    static String declared(Column column) {
        String raw = column.type().raw() == null
                ? column.type().name()
                : column.type().raw();
        return raw.toLowerCase(Locale.ROOT);
    }

    /**
     * The {@code zenstack} preset: Prisma's mapping where it has one, otherwise ZenStack's
     * affinity rules on the declared type's base words ({@code packages/cli/src/actions/pull/provider/sqlite.ts}):
     * {@code tinyint}, {@code smallint}, {@code mediumint}, {@code int2}, {@code int8} → Int; {@code unsigned big int}
     * → BigInt; {@code varchar}, {@code character}, {@code nchar}, {@code clob}, … → String; no type → Bytes;
     * {@code double precision} → Float; {@code json} → Json; {@code bool} → Boolean; then SQLite's affinity:
     * contains {@code int} → Int, {@code char}/{@code clob}/{@code text} → String, {@code blob} → Bytes,
     * {@code real}/{@code floa}/{@code doub} → Float; else {@code Unsupported}.
     */
    @Override
    public MappedType toZModelByZenStackRules(Column column) {
        MappedType prisma = toZModel(column);
        if (!(prisma instanceof MappedType.Unsupported)) {
            return prisma;
        }
        String base = column.type().name();
        String type = switch (base) {
            case "integer", "int", "tinyint", "smallint", "mediumint", "int2", "int8" -> "Int";
            case "bigint", "unsigned big int" -> "BigInt";
            case "text",
                    "varchar",
                    "char",
                    "character",
                    "varying character",
                    "nchar",
                    "native character",
                    "nvarchar",
                    "clob" -> "String";
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

    // ---------------------------------------------------------------- ZModel → catalog

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
    public ColumnType enumeration(String schema, String name, List<String> values) {
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

    /** {@code INT}, {@code INTEGER} and {@code BIGINT} columns hold the same 64-bit integers (INTEGER affinity). */
    @Override
    public boolean storedAlike(String scalar, String other) {
        return scalar.equals(other) || INTEGERS.contains(scalar) && INTEGERS.contains(other);
    }

    private static final Set<String> INTEGERS = Set.of("Int", "BigInt");
}
