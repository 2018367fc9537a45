package dev.zmodel.model;

import dev.zmodel.ZModelException;
import dev.zmodel.schema.ColumnType;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL: {@code pg_type.typname} names ({@code int4}, {@code varchar}, {@code timestamp} with precision 3
 * for {@code DateTime}, …); enums are enum types in their schema; extension types ({@code citext}) are
 * user-defined types without a schema (the diff does not compare a schema it was not given).
 */
final class PostgresColumnTypes implements ColumnTypes {
    /** Type names of {@code pg_catalog} that an {@code Unsupported("…")} text may name directly. */
    private static final Set<String> CATALOG_TYPES = Set.of("int2", "int4", "int8", "float4", "float8", "numeric",
            "bool", "text", "varchar", "bpchar", "bytea", "date", "time", "timetz", "timestamp", "timestamptz",
            "interval", "json", "jsonb", "uuid", "xml", "inet", "cidr", "macaddr", "macaddr8", "money", "oid", "bit",
            "varbit", "point", "line", "lseg", "box", "path", "polygon", "circle", "tsvector", "tsquery", "pg_lsn",
            "pg_snapshot", "txid_snapshot", "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange",
            "int4multirange", "int8multirange", "nummultirange", "tsmultirange", "tstzmultirange", "datemultirange",
            "name", "char", "regclass", "regtype", "regproc", "xid", "cid", "tid", "jsonpath");
    private static final Pattern TYPE = Pattern.compile(
            "^\\s*([A-Za-z_][A-Za-z0-9_ .\"]*?)\\s*(?:\\(([^)]*)\\))?\\s*((?:with|without)\\s+time\\s+zone)?\\s*((?:\\[\\s*\\d*\\s*\\])*)\\s*$",
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
            case "Char" -> length("bpchar", nativeType.arg(0, 1));
            case "VarChar" -> length("varchar", nativeType.arg(0, null));
            case "Bit" -> length("bit", nativeType.arg(0, 1));
            case "VarBit" -> length("varbit", nativeType.arg(0, null));
            case "Uuid" -> ColumnType.of("uuid");
            case "Xml" -> ColumnType.of("xml");
            case "Inet" -> ColumnType.of("inet");
            case "Citext" -> new ColumnType(ColumnType.Kind.USER_DEFINED, null, "citext", null, null, null, 0, false,
                    List.of(), "citext");
            case "Boolean" -> ColumnType.of("bool");
            case "Integer" -> ColumnType.of("int4");
            case "SmallInt" -> ColumnType.of("int2");
            case "Oid" -> ColumnType.of("oid");
            case "BigInt" -> ColumnType.of("int8");
            case "DoublePrecision" -> ColumnType.of("float8");
            case "Real" -> ColumnType.of("float4");
            case "Decimal" -> numeric(nativeType.arg(0, null), nativeType.arg(1, nativeType.args().isEmpty() ? null : 0));
            case "Money" -> ColumnType.of("money");
            case "Timestamp" -> temporal("timestamp", nativeType.arg(0, null));
            case "Timestamptz" -> temporal("timestamptz", nativeType.arg(0, null));
            case "Date" -> ColumnType.of("date");
            case "Time" -> temporal("time", nativeType.arg(0, null));
            case "Timetz" -> temporal("timetz", nativeType.arg(0, null));
            case "Json" -> ColumnType.of("json");
            case "JsonB" -> ColumnType.of("jsonb");
            case "ByteA" -> ColumnType.of("bytea");
            default -> throw new ZModelException(where + ": @db." + nativeType.name()
                    + " is not a PostgreSQL native type.");
        };
        return type;
    }

    private static ColumnType length(String name, Integer length) {
        return new ColumnType(ColumnType.Kind.BUILTIN, null, name, length, null, null, 0, false, List.of(),
                length == null ? name : name + "(" + length + ")");
    }

    private static ColumnType numeric(Integer precision, Integer scale) {
        return new ColumnType(ColumnType.Kind.BUILTIN, null, "numeric", null, precision, scale, 0, false, List.of(),
                precision == null ? "numeric" : "numeric(" + precision + "," + scale + ")");
    }

    private static ColumnType temporal(String name, Integer precision) {
        return new ColumnType(ColumnType.Kind.BUILTIN, null, name, null, precision, null, 0, false, List.of(),
                precision == null ? name : name + "(" + precision + ")");
    }

    @Override
    public ColumnType enumeration(EnumMapping mapping) {
        return ColumnType.enumType(mapping.schema(), mapping.name());
    }

    @Override
    public ColumnType unsupported(String text, String where) {
        Matcher m = TYPE.matcher(text);
        if (!m.matches()) {
            throw new ZModelException(where + ": Unsupported(\"" + text + "\") is not a PostgreSQL type name.");
        }
        String words = m.group(1).trim().replaceAll("\\s+", " ");
        String args = m.group(2);
        boolean withZone = m.group(3) != null && m.group(3).toLowerCase(Locale.ROOT).startsWith("with ");
        int dims = m.group(4) == null ? 0 : (int) m.group(4).chars().filter(c -> c == '[').count();
        Integer first = null;
        Integer second = null;
        if (args != null) {
            String[] parts = args.split(",");
            first = number(parts[0]);
            second = parts.length > 1 ? number(parts[1]) : null;
        }
        String lower = words.toLowerCase(Locale.ROOT);
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
            type = new ColumnType(ColumnType.Kind.USER_DEFINED, schema, typeName, null, null, null, 0, false,
                    List.of(), text.trim());
        } else {
            type = switch (name) {
                case "varchar", "varbit" -> length(name, first);
                case "bpchar", "bit" -> length(name, first == null ? 1 : first);
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
