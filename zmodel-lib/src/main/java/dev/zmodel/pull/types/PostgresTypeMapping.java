package dev.zmodel.pull.types;

import dev.zmodel.pull.types.MappedType.Scalar;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;

/**
 * PostgreSQL types by {@code pg_type.typname} (Prisma's {@code postgres.rs::get_column_type_family}). Default native
 * types (not written): {@code integer}, {@code bigint}, {@code double precision}, {@code numeric(65,30)},
 * {@code boolean}, {@code text}, {@code timestamp(3)}, {@code bytea}, {@code jsonb}. Temporal types without a
 * declared precision have precision 6; for arrays PostgreSQL does not report it and the attribute has no argument
 * (as Prisma writes it).
 */
final class PostgresTypeMapping implements TypeMapping {
    @Override
    public MappedType map(Column column) {
        ColumnType t = column.type();
        if (t.isEnum()) {
            return new MappedType.EnumRef();
        }
        boolean array = t.isArray();
        if (t.kind() == ColumnType.Kind.USER_DEFINED) {
            if (t.name().equals("citext")) {
                return Scalar.of("String", "Citext");
            }
            return unsupported(t, array);
        }
        return switch (t.name()) {
            case "int2" -> Scalar.of("Int", "SmallInt");
            case "int4" -> Scalar.of("Int");
            case "int8" -> Scalar.of("BigInt");
            case "oid" -> Scalar.of("Int", "Oid");
            case "float4" -> Scalar.of("Float", "Real");
            case "float8" -> Scalar.of("Float");
            case "numeric" -> decimal(t);
            case "money" -> Scalar.of("Decimal", "Money");
            case "bool" -> Scalar.of("Boolean");
            case "text" -> Scalar.of("String");
            case "varchar" -> t.length() == null ? Scalar.of("String", "VarChar") : Scalar.of("String", "VarChar", t.length());
            case "bpchar" -> Scalar.of("String", "Char", t.length() == null ? 1 : t.length());
            case "char" -> Scalar.of("String", "Char");
            case "uuid" -> Scalar.of("String", "Uuid");
            case "xml" -> Scalar.of("String", "Xml");
            case "inet" -> Scalar.of("String", "Inet");
            case "bit" -> t.length() == null ? Scalar.of("String", "Bit") : Scalar.of("String", "Bit", t.length());
            case "varbit" -> t.length() == null ? Scalar.of("String", "VarBit") : Scalar.of("String", "VarBit", t.length());
            case "bytea" -> Scalar.of("Bytes");
            case "json" -> Scalar.of("Json", "Json");
            case "jsonb" -> Scalar.of("Json");
            case "date" -> Scalar.of("DateTime", "Date");
            case "time" -> temporal("Time", t, array);
            case "timetz" -> temporal("Timetz", t, array);
            case "timestamp" -> t.precision() != null && t.precision() == 3 ? Scalar.of("DateTime")
                    : temporal("Timestamp", t, array);
            case "timestamptz" -> temporal("Timestamptz", t, array);
            default -> unsupported(t, array);
        };
    }

    private static MappedType decimal(ColumnType t) {
        if (t.precision() == null) {
            return Scalar.of("Decimal", "Decimal");
        }
        int scale = t.scale() == null ? 0 : t.scale();
        if (t.precision() == 65 && scale == 30) {
            return Scalar.of("Decimal");
        }
        return Scalar.of("Decimal", "Decimal", t.precision(), scale);
    }

    private static MappedType temporal(String nativeName, ColumnType t, boolean array) {
        if (t.precision() != null) {
            return Scalar.of("DateTime", nativeName, t.precision());
        }
        return array ? Scalar.of("DateTime", nativeName) : Scalar.of("DateTime", nativeName, 6);
    }

    /** Prisma names unsupported arrays by their array type ({@code _interval}). */
    private static MappedType unsupported(ColumnType t, boolean array) {
        return new MappedType.Unsupported(array ? "_" + t.name() : t.name());
    }
}
