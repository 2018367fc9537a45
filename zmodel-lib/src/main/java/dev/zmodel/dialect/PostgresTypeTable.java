package dev.zmodel.dialect;

import dev.zmodel.ZModelException;
import dev.zmodel.dialect.MappedType.Scalar;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL type table, both directions.
 *
 * <p>Catalog → ZModel:
 * PostgreSQL types by {@code pg_type.typname} (Prisma's {@code postgres.rs::get_column_type_family}). Default native
 * types (not written): {@code integer}, {@code bigint}, {@code double precision}, {@code numeric(65,30)},
 * {@code boolean}, {@code text}, {@code timestamp(3)}, {@code bytea}, {@code jsonb}. Temporal types without a
 * declared precision have precision 6; for arrays PostgreSQL does not report it and the attribute has no argument
 * (as Prisma writes it).
 *
 *
 * <p>ZModel → catalog: * PostgreSQL: {@code pg_type.typname} names ({@code int4}, {@code varchar}, {@code timestamp} with precision 3
 * for {@code DateTime}, …); enums are enum types in their schema; extension types ({@code citext}) are
 * user-defined types without a schema (the diff does not compare a schema it was not given).
 */
final class PostgresTypeTable implements TypeTable {
    static final PostgresTypeTable INSTANCE = new PostgresTypeTable();
    /** The {@code @db.*} native types and the field types each applies to. */
    private static final Map<String, Set<String>> NATIVE_TYPES = Map.ofEntries(
            Map.entry("Text", Set.of("String")), Map.entry("Char", Set.of("String")),
            Map.entry("VarChar", Set.of("String")), Map.entry("Bit", Set.of("String")),
            Map.entry("VarBit", Set.of("String")), Map.entry("Uuid", Set.of("String")),
            Map.entry("Xml", Set.of("String")), Map.entry("Inet", Set.of("String")),
            Map.entry("Citext", Set.of("String")), Map.entry("Boolean", Set.of("Boolean")),
            Map.entry("Integer", Set.of("Int")), Map.entry("SmallInt", Set.of("Int")),
            Map.entry("Oid", Set.of("Int")), Map.entry("BigInt", Set.of("BigInt")),
            Map.entry("DoublePrecision", Set.of("Float")), Map.entry("Real", Set.of("Float")),
            Map.entry("Decimal", Set.of("Decimal")), Map.entry("Money", Set.of("Decimal")),
            Map.entry("Timestamp", Set.of("DateTime")), Map.entry("Timestamptz", Set.of("DateTime")),
            Map.entry("Date", Set.of("DateTime")), Map.entry("Time", Set.of("DateTime")),
            Map.entry("Timetz", Set.of("DateTime")), Map.entry("Json", Set.of("Json")),
            Map.entry("JsonB", Set.of("Json")), Map.entry("ByteA", Set.of("Bytes")));

    @Override
    public Map<String, Set<String>> nativeTypes() {
        return NATIVE_TYPES;
    }

    // ---------------------------------------------------------------- catalog → ZModel

    /**
     * The types whose ZModel side does not depend on a length or precision, worked out once: this runs for every
     * column a pull reads.
     */
    private static final Map<String, MappedType> FIXED = Map.ofEntries(
            Map.entry("int2", Scalar.of("Int", "SmallInt")),
            Map.entry("int4", Scalar.of("Int")),
            Map.entry("int8", Scalar.of("BigInt")),
            Map.entry("oid", Scalar.of("Int", "Oid")),
            Map.entry("float4", Scalar.of("Float", "Real")),
            Map.entry("float8", Scalar.of("Float")),
            Map.entry("money", Scalar.of("Decimal", "Money")),
            Map.entry("bool", Scalar.of("Boolean")),
            Map.entry("text", Scalar.of("String")),
            Map.entry("char", Scalar.of("String", "Char")),
            Map.entry("uuid", Scalar.of("String", "Uuid")),
            Map.entry("xml", Scalar.of("String", "Xml")),
            Map.entry("inet", Scalar.of("String", "Inet")),
            Map.entry("bytea", Scalar.of("Bytes")),
            Map.entry("json", Scalar.of("Json", "Json")),
            Map.entry("jsonb", Scalar.of("Json")),
            Map.entry("date", Scalar.of("DateTime", "Date")));

    @Override
    public MappedType toZModel(Column column) {
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
        MappedType fixed = FIXED.get(t.name());
        if (fixed != null) {
            return fixed;
        }
        return switch (t.name()) {
            case "numeric" -> decimal(t);
            case "varchar" ->
                t.length() == null ? Scalar.of("String", "VarChar") : Scalar.of("String", "VarChar", t.length());
            // bpchar without a length is unbounded; char/character without one is char(1), reported with length 1
            case "bpchar" -> t.length() == null ? Scalar.of("String", "Char") : Scalar.of("String", "Char", t.length());
            case "bit" -> t.length() == null ? Scalar.of("String", "Bit") : Scalar.of("String", "Bit", t.length());
            case "varbit" ->
                t.length() == null ? Scalar.of("String", "VarBit") : Scalar.of("String", "VarBit", t.length());
            case "time" -> temporal("Time", t, array);
            case "timetz" -> temporal("Timetz", t, array);
            case "timestamp" ->
                t.precision() != null && t.precision() == 3 ? Scalar.of("DateTime") : temporal("Timestamp", t, array);
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

    /**
     * The internal one-byte type {@code "char"} is {@code Unsupported("\"char\"")}: Prisma's {@code @db.Char} would
     * create {@code char(1)}, another type. A user-defined type (domain, composite, extension type) whose name must
     * be quoted keeps its quotes, or the model would read the built-in type of that name ({@code "Name"} is not
     * {@code name}).
     */
    @Override
    public MappedType toZModelByZenStackRules(Column column) {
        ColumnType t = column.type();
        if (t.kind() == ColumnType.Kind.BUILTIN && t.name().equals("char") && !t.isArray()) {
            return new MappedType.Unsupported("\"char\"");
        }
        MappedType mapped = toZModel(column);
        if (mapped instanceof MappedType.Unsupported && t.kind() == ColumnType.Kind.USER_DEFINED && !t.isArray()) {
            // a domain or type named "Name" is not the built-in name: quoted as the catalog would quote it
            return new MappedType.Unsupported(PostgresDialect.INSTANCE.quoteIfNeeded(t.name()));
        }
        return mapped;
    }

    // ---------------------------------------------------------------- ZModel → catalog

    /** Type names of {@code pg_catalog} that an {@code Unsupported("…")} text may name directly. */
    private static final Set<String> CATALOG_TYPES = Set.of(
            "int2",
            "int4",
            "int8",
            "float4",
            "float8",
            "numeric",
            "bool",
            "text",
            "varchar",
            "bpchar",
            "bytea",
            "date",
            "time",
            "timetz",
            "timestamp",
            "timestamptz",
            "interval",
            "json",
            "jsonb",
            "uuid",
            "xml",
            "inet",
            "cidr",
            "macaddr",
            "macaddr8",
            "money",
            "oid",
            "bit",
            "varbit",
            "point",
            "line",
            "lseg",
            "box",
            "path",
            "polygon",
            "circle",
            "tsvector",
            "tsquery",
            "pg_lsn",
            "pg_snapshot",
            "txid_snapshot",
            "int4range",
            "int8range",
            "numrange",
            "tsrange",
            "tstzrange",
            "daterange",
            "int4multirange",
            "int8multirange",
            "nummultirange",
            "tsmultirange",
            "tstzmultirange",
            "datemultirange",
            "name",
            "char",
            "regclass",
            "regtype",
            "regproc",
            "xid",
            "cid",
            "tid",
            "jsonpath");

    private static final Pattern TYPE = Pattern.compile(
            "^\\s*(\"?[A-Za-z_][A-Za-z0-9_ .\"]*?)\\s*(?:\\(([^)]*)\\))?\\s*((?:with|without)\\s+time\\s+zone)?\\s*((?:\\[\\s*\\d*\\s*\\])*)\\s*$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public ColumnType scalar(String scalar, NativeType nativeType, String where) {
        if (nativeType == null) {
            return switch (scalar) {
                case "String" -> ColumnType.of("text");
                case "Boolean" -> ColumnType.of("bool");
                case "Int" -> ColumnType.of("int4");
                case "BigInt" -> ColumnType.of("int8");
                case "Float" -> ColumnType.of("float8");
                case "Decimal" -> numeric(65, 30);
                case "DateTime" -> temporal("timestamp", 3);
                case "Json" -> ColumnType.of("jsonb");
                case "Bytes" -> ColumnType.of("bytea");
                default -> throw new IllegalArgumentException(scalar);
            };
        }
        ColumnType type = switch (nativeType.name()) {
            case "Text" -> ColumnType.of("text");
            case "Char" -> length("bpchar", nativeType.arg(0, null));
            case "VarChar" -> length("varchar", nativeType.arg(0, null));
            case "Bit" -> length("bit", nativeType.arg(0, 1));
            case "VarBit" -> length("varbit", nativeType.arg(0, null));
            case "Uuid" -> ColumnType.of("uuid");
            case "Xml" -> ColumnType.of("xml");
            case "Inet" -> ColumnType.of("inet");
            case "Citext" ->
                new ColumnType(
                        ColumnType.Kind.USER_DEFINED, null, "citext", null, null, null, 0, false, List.of(), "citext");
            case "Boolean" -> ColumnType.of("bool");
            case "Integer" -> ColumnType.of("int4");
            case "SmallInt" -> ColumnType.of("int2");
            case "Oid" -> ColumnType.of("oid");
            case "BigInt" -> ColumnType.of("int8");
            case "DoublePrecision" -> ColumnType.of("float8");
            case "Real" -> ColumnType.of("float4");
            case "Decimal" ->
                numeric(
                        nativeType.arg(0, null),
                        nativeType.arg(1, nativeType.args().isEmpty() ? null : 0));
            case "Money" -> ColumnType.of("money");
            case "Timestamp" -> temporal("timestamp", nativeType.arg(0, null));
            case "Timestamptz" -> temporal("timestamptz", nativeType.arg(0, null));
            case "Date" -> ColumnType.of("date");
            case "Time" -> temporal("time", nativeType.arg(0, null));
            case "Timetz" -> temporal("timetz", nativeType.arg(0, null));
            case "Json" -> ColumnType.of("json");
            case "JsonB" -> ColumnType.of("jsonb");
            case "ByteA" -> ColumnType.of("bytea");
            default ->
                throw new ZModelException(where + ": @db." + nativeType.name() + " is not a PostgreSQL native type.");
        };
        return type;
    }

    private static ColumnType length(String name, Integer length) {
        return new ColumnType(
                ColumnType.Kind.BUILTIN,
                null,
                name,
                length,
                null,
                null,
                0,
                false,
                List.of(),
                length == null ? name : name + "(" + length + ")");
    }

    private static ColumnType numeric(Integer precision, Integer scale) {
        return new ColumnType(
                ColumnType.Kind.BUILTIN,
                null,
                "numeric",
                null,
                precision,
                scale,
                0,
                false,
                List.of(),
                precision == null ? "numeric" : "numeric(" + precision + "," + scale + ")");
    }

    private static ColumnType temporal(String name, Integer precision) {
        return new ColumnType(
                ColumnType.Kind.BUILTIN,
                null,
                name,
                null,
                precision,
                null,
                0,
                false,
                List.of(),
                precision == null ? name : name + "(" + precision + ")");
    }

    @Override
    public ColumnType enumeration(String schema, String name, List<String> values) {
        return ColumnType.enumType(schema, name);
    }

    @Override
    public ColumnType unsupported(String text, String where) {
        Matcher m = TYPE.matcher(text);
        if (!m.matches()) {
            throw new ZModelException(where + ": Unsupported(\"" + text + "\") is not a PostgreSQL type name.");
        }
        String words = m.group(1).trim().replaceAll("\\s+", " ");
        String args = m.group(2);
        boolean withZone =
                m.group(3) != null && m.group(3).toLowerCase(Locale.ROOT).startsWith("with ");
        int dims = m.group(4) == null
                ? 0
                : (int) m.group(4).chars().filter(c -> c == '[').count();
        Integer first = null;
        Integer second = null;
        if (args != null) {
            String[] parts = args.split(",");
            first = number(parts[0]);
            second = parts.length > 1 ? number(parts[1]) : null;
        }
        String lower = words.toLowerCase(Locale.ROOT);
        if (words.startsWith("\"")
                && words.endsWith("\"")
                && CATALOG_TYPES.contains(words.substring(1, words.length() - 1))) {
            // a quoted catalog name is that type exactly ("char" is the one-byte type, not character(1))
            return ColumnType.of(words.substring(1, words.length() - 1))
                    .withRaw(text.trim())
                    .withArrayDimensions(dims);
        }
        if (lower.startsWith("_") && CATALOG_TYPES.contains(lower.substring(1)) && args == null) {
            // the catalog's name of an array type: _interval is interval[]
            lower = lower.substring(1);
            dims = Math.max(dims, 1);
        }
        String name = switch (lower) {
            case "smallint", "int2" -> "int2";
            case "integer", "int", "int4" -> "int4";
            case "bigint", "int8" -> "int8";
            case "real", "float4" -> "float4";
            case "double precision", "float8" -> "float8";
            case "float" -> first != null && first <= 24 ? "float4" : "float8";
            case "numeric", "decimal" -> "numeric";
            case "boolean", "bool" -> "bool";
            case "character varying", "varchar" -> "varchar";
            case "character", "char", "bpchar" -> "bpchar";
            case "bit varying", "varbit" -> "varbit";
            case "timestamp" -> withZone ? "timestamptz" : "timestamp";
            case "time" -> withZone ? "timetz" : "time";
            default -> lower;
        };
        ColumnType type;
        if (!CATALOG_TYPES.contains(name)) {
            String schema = null;
            String typeName = words.replace("\"", "");
            int dot = typeName.lastIndexOf('.');
            if (dot > 0) {
                schema = typeName.substring(0, dot);
                typeName = typeName.substring(dot + 1);
            }
            type = new ColumnType(
                    ColumnType.Kind.USER_DEFINED, schema, typeName, null, null, null, 0, false, List.of(), text.trim());
        } else {
            type = switch (name) {
                case "varchar", "varbit" -> length(name, first);
                // char/character without a length is char(1); bpchar without one is unbounded
                case "bpchar" -> length(name, first == null && !lower.equals("bpchar") ? Integer.valueOf(1) : first);
                case "bit" -> length(name, first == null ? 1 : first);
                case "numeric" -> numeric(first, first == null ? null : second == null ? 0 : second);
                case "timestamp", "timestamptz", "time", "timetz" -> temporal(name, first);
                default -> ColumnType.of(name);
            };
            type = type.withRaw(text.trim());
        }
        return type.withArrayDimensions(dims);
    }

    private static Integer number(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
