package dev.zmodel.dialect;

import dev.zmodel.ZModelException;
import dev.zmodel.dialect.MappedType.Scalar;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MySQL type table, both directions.
 *
 * <p>Catalog → ZModel:
 * MySQL/MariaDB types by {@code DATA_TYPE} (Prisma's {@code mysql.rs::get_column_type}). Default native types (not
 * written): {@code int}, {@code bigint}, {@code double}, {@code decimal(65,30)}, {@code tinyint(1)} for Boolean,
 * {@code varchar(191)}, {@code datetime(3)}, {@code longblob}, {@code json}. {@code tinyint(1)} is Boolean unless
 * its default is a number other than 0 and 1; {@code bit(1)} is Boolean; {@code year} is {@code Int @db.Year}.
 * MariaDB's JSON (a checked LONGTEXT) arrives as {@code json}.
 *
 *
 * <p>ZModel → catalog: * MySQL 8 / MariaDB: {@code DATA_TYPE} names ({@code int}, {@code varchar} of 191 for {@code String},
 * {@code datetime} with precision 3 for {@code DateTime}, {@code tinyint(1)} for {@code Boolean}); enums are
 * inline {@code enum(…)} column types.
 */
final class MySqlTypeTable implements TypeTable {
    static final MySqlTypeTable INSTANCE = new MySqlTypeTable();
    /** The {@code @db.*} native types and the field types each applies to. */
    private static final Map<String, Set<String>> NATIVE_TYPES = Map.ofEntries(
            Map.entry("VarChar", Set.of("String")), Map.entry("Text", Set.of("String")),
            Map.entry("Char", Set.of("String")), Map.entry("TinyText", Set.of("String")),
            Map.entry("MediumText", Set.of("String")), Map.entry("LongText", Set.of("String")),
            Map.entry("Bit", Set.of("Boolean", "Bytes")), Map.entry("TinyInt", Set.of("Boolean", "Int")),
            Map.entry("UnsignedTinyInt", Set.of("Boolean", "Int")), Map.entry("Int", Set.of("Int")),
            Map.entry("UnsignedInt", Set.of("Int")), Map.entry("SmallInt", Set.of("Int")),
            Map.entry("UnsignedSmallInt", Set.of("Int")), Map.entry("MediumInt", Set.of("Int")),
            Map.entry("UnsignedMediumInt", Set.of("Int")), Map.entry("Year", Set.of("Int")),
            Map.entry("BigInt", Set.of("BigInt")), Map.entry("UnsignedBigInt", Set.of("BigInt")),
            Map.entry("Float", Set.of("Float")), Map.entry("Double", Set.of("Float")),
            Map.entry("Decimal", Set.of("Decimal")), Map.entry("DateTime", Set.of("DateTime")),
            Map.entry("Date", Set.of("DateTime")), Map.entry("Time", Set.of("DateTime")),
            Map.entry("Timestamp", Set.of("DateTime")), Map.entry("Json", Set.of("Json")),
            Map.entry("Binary", Set.of("Bytes")), Map.entry("VarBinary", Set.of("Bytes")),
            Map.entry("TinyBlob", Set.of("Bytes")), Map.entry("Blob", Set.of("Bytes")),
            Map.entry("MediumBlob", Set.of("Bytes")), Map.entry("LongBlob", Set.of("Bytes")));

    @Override
    public Map<String, Set<String>> nativeTypes() {
        return NATIVE_TYPES;
    }

    // ---------------------------------------------------------------- catalog → ZModel

    private static final Set<String> BOOLEAN_DEFAULTS = Set.of("0", "1", "'0'", "'1'");

    /**
     * The types whose ZModel side does not depend on a length, precision or sign, worked out once: this runs for
     * every column a pull reads.
     */
    private static final Map<String, MappedType> FIXED = Map.ofEntries(
            Map.entry("float", Scalar.of("Float", "Float")),
            Map.entry("double", Scalar.of("Float")),
            Map.entry("real", Scalar.of("Float")),
            Map.entry("tinytext", Scalar.of("String", "TinyText")),
            Map.entry("text", Scalar.of("String", "Text")),
            Map.entry("mediumtext", Scalar.of("String", "MediumText")),
            Map.entry("longtext", Scalar.of("String", "LongText")),
            Map.entry("set", Scalar.of("String")),
            Map.entry("json", Scalar.of("Json")),
            Map.entry("date", Scalar.of("DateTime", "Date")),
            Map.entry("year", Scalar.of("Int", "Year")),
            Map.entry("tinyblob", Scalar.of("Bytes", "TinyBlob")),
            Map.entry("blob", Scalar.of("Bytes", "Blob")),
            Map.entry("mediumblob", Scalar.of("Bytes", "MediumBlob")),
            Map.entry("longblob", Scalar.of("Bytes")));

    @Override
    public MappedType toZModel(Column column) {
        ColumnType t = column.type();
        if (t.isEnum()) {
            return new MappedType.EnumRef();
        }
        MappedType fixed = FIXED.get(t.name());
        if (fixed != null) {
            return fixed;
        }
        boolean u = t.unsigned();
        return switch (t.name()) {
            case "int", "integer" -> u ? Scalar.of("Int", "UnsignedInt") : Scalar.of("Int");
            case "smallint" -> Scalar.of("Int", u ? "UnsignedSmallInt" : "SmallInt");
            case "mediumint" -> Scalar.of("Int", u ? "UnsignedMediumInt" : "MediumInt");
            case "tinyint" -> tinyint(column, t);
            case "bigint" -> u ? Scalar.of("BigInt", "UnsignedBigInt") : Scalar.of("BigInt");
            case "decimal", "numeric" -> decimal(t);
            case "char" -> Scalar.of("String", "Char", t.length() == null ? 1 : t.length());
            case "varchar" ->
                t.length() != null && t.length() == 191
                        ? Scalar.of("String")
                        : Scalar.of("String", "VarChar", t.length());
            case "time" -> Scalar.of("DateTime", "Time", precision(t));
            case "datetime" ->
                precision(t) == 3 ? Scalar.of("DateTime") : Scalar.of("DateTime", "DateTime", precision(t));
            case "timestamp" -> Scalar.of("DateTime", "Timestamp", precision(t));
            case "bit" ->
                t.length() == null || t.length() == 1
                        ? Scalar.of("Boolean", "Bit", 1)
                        : Scalar.of("Bytes", "Bit", t.length());
            case "binary" -> Scalar.of("Bytes", "Binary", t.length() == null ? 1 : t.length());
            case "varbinary" -> Scalar.of("Bytes", "VarBinary", t.length());
            default -> new MappedType.Unsupported(t.raw() == null ? t.name() : t.raw());
        };
    }

    private static MappedType tinyint(Column column, ColumnType t) {
        boolean boolWidth = t.length() != null && t.length() == 1 && !t.unsigned();
        if (boolWidth && (column.defaultValue() == null || BOOLEAN_DEFAULTS.contains(column.defaultValue()))) {
            return Scalar.of("Boolean");
        }
        return Scalar.of("Int", t.unsigned() ? "UnsignedTinyInt" : "TinyInt");
    }

    private static MappedType decimal(ColumnType t) {
        int precision = t.precision() == null ? 10 : t.precision();
        int scale = t.scale() == null ? 0 : t.scale();
        if (precision == 65 && scale == 30) {
            return Scalar.of("Decimal");
        }
        return Scalar.of("Decimal", "Decimal", precision, scale);
    }

    private static int precision(ColumnType t) {
        return t.precision() == null ? 0 : t.precision();
    }

    /** {@code SET(…)} is {@code Unsupported("set('a','b')")}: a String field would become {@code varchar(191)}. */
    @Override
    public MappedType toZModelByZenStackRules(Column column) {
        if (column.type().name().equals("set")) {
            return new MappedType.Unsupported(column.type().raw());
        }
        return toZModel(column);
    }

    // ---------------------------------------------------------------- ZModel → catalog

    private static final Pattern TYPE = Pattern.compile(
            "^\\s*([A-Za-z][A-Za-z0-9_ ]*?)\\s*(?:\\((.*)\\))?\\s*(unsigned)?\\s*(zerofill)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public ColumnType scalar(String scalar, NativeType nativeType, String where) {
        if (nativeType == null) {
            return switch (scalar) {
                case "String" -> length("varchar", 191);
                case "Boolean" -> length("tinyint", 1);
                case "Int" -> ColumnType.of("int");
                case "BigInt" -> ColumnType.of("bigint");
                case "Float" -> ColumnType.of("double");
                case "Decimal" -> decimal(65, 30);
                case "DateTime" -> temporal("datetime", 3);
                case "Json" -> ColumnType.of("json");
                case "Bytes" -> ColumnType.of("longblob");
                default -> throw new IllegalArgumentException(scalar);
            };
        }
        return switch (nativeType.name()) {
            case "VarChar" -> length("varchar", required(nativeType, where));
            case "Char" -> length("char", nativeType.arg(0, 1));
            case "Text" -> ColumnType.of("text");
            case "TinyText" -> ColumnType.of("tinytext");
            case "MediumText" -> ColumnType.of("mediumtext");
            case "LongText" -> ColumnType.of("longtext");
            case "Bit" -> length("bit", nativeType.arg(0, 1));
            case "TinyInt" -> scalar.equals("Boolean") ? length("tinyint", 1) : ColumnType.of("tinyint");
            case "UnsignedTinyInt" ->
                unsigned(scalar.equals("Boolean") ? length("tinyint", 1) : ColumnType.of("tinyint"));
            case "Int" -> ColumnType.of("int");
            case "UnsignedInt" -> unsigned(ColumnType.of("int"));
            case "SmallInt" -> ColumnType.of("smallint");
            case "UnsignedSmallInt" -> unsigned(ColumnType.of("smallint"));
            case "MediumInt" -> ColumnType.of("mediumint");
            case "UnsignedMediumInt" -> unsigned(ColumnType.of("mediumint"));
            case "Year" -> ColumnType.of("year");
            case "BigInt" -> ColumnType.of("bigint");
            case "UnsignedBigInt" -> unsigned(ColumnType.of("bigint"));
            case "Float" -> ColumnType.of("float");
            case "Double" -> ColumnType.of("double");
            case "Decimal" -> decimal(nativeType.arg(0, 10), nativeType.arg(1, 0));
            case "DateTime" -> temporal("datetime", nativeType.arg(0, 0));
            case "Date" -> ColumnType.of("date");
            case "Time" -> temporal("time", nativeType.arg(0, 0));
            case "Timestamp" -> temporal("timestamp", nativeType.arg(0, 0));
            case "Json" -> ColumnType.of("json");
            case "Binary" -> length("binary", nativeType.arg(0, 1));
            case "VarBinary" -> length("varbinary", required(nativeType, where));
            case "TinyBlob" -> ColumnType.of("tinyblob");
            case "Blob" -> ColumnType.of("blob");
            case "MediumBlob" -> ColumnType.of("mediumblob");
            case "LongBlob" -> ColumnType.of("longblob");
            default ->
                throw new ZModelException(where + ": @db." + nativeType.name() + " is not a MySQL native type; use a "
                        + "MySQL @db type (see docs/model.md) or remove it.");
        };
    }

    private static int required(NativeType nativeType, String where) {
        Integer length = nativeType.arg(0, null);
        if (length == null) {
            throw new ZModelException(where + ": @db." + nativeType.name() + " needs a length on MySQL, e.g. @db."
                    + nativeType.name() + "(255).");
        }
        return length;
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

    private static ColumnType unsigned(ColumnType type) {
        return new ColumnType(
                type.kind(),
                null,
                type.name(),
                type.length(),
                type.precision(),
                type.scale(),
                0,
                true,
                type.values(),
                type.raw() + " unsigned");
    }

    private static ColumnType decimal(Integer precision, Integer scale) {
        return new ColumnType(
                ColumnType.Kind.BUILTIN,
                null,
                "decimal",
                null,
                precision,
                scale,
                0,
                false,
                List.of(),
                "decimal(" + precision + "," + scale + ")");
    }

    private static ColumnType temporal(String name, int precision) {
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
                precision == 0 ? name : name + "(" + precision + ")");
    }

    @Override
    public ColumnType enumeration(String schema, String name, List<String> values) {
        return new ColumnType(
                ColumnType.Kind.ENUM,
                null,
                "enum",
                null,
                null,
                null,
                0,
                false,
                values,
                "enum("
                        + String.join(
                                ",",
                                values.stream()
                                        .map(v -> "'" + v.replace("'", "''") + "'")
                                        .toList()) + ")");
    }

    @Override
    public ColumnType unsupported(String text, String where) {
        Matcher m = TYPE.matcher(text);
        if (!m.matches()) {
            throw new ZModelException(where + ": Unsupported(\"" + text + "\") is not a MySQL type.");
        }
        String name = m.group(1).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String args = m.group(2);
        boolean unsigned = m.group(3) != null;
        name = switch (name) {
            case "integer" -> "int";
            case "numeric", "dec", "fixed" -> "decimal";
            case "double precision", "real" -> "double";
            case "bool", "boolean" -> "tinyint";
            default -> name;
        };
        Integer length = null;
        Integer precision = null;
        Integer scale = null;
        List<String> values = List.of();
        ColumnType.Kind kind = ColumnType.Kind.BUILTIN;
        List<Integer> numbers = numbers(args);
        switch (name) {
            case "varchar", "char", "binary", "varbinary", "bit" ->
                length = numbers.isEmpty()
                        ? (name.equals("varchar") || name.equals("varbinary") ? null : 1)
                        : numbers.get(0);
            case "tinyint" ->
                length = m.group(1).trim().toLowerCase(Locale.ROOT).startsWith("bool") || numbers.equals(List.of(1))
                        ? 1
                        : null;
            case "decimal" -> {
                precision = numbers.isEmpty() ? 10 : numbers.get(0);
                scale = numbers.size() > 1 ? numbers.get(1) : 0;
            }
            case "time", "datetime", "timestamp" -> precision = numbers.isEmpty() ? 0 : numbers.get(0);
            case "enum", "set" -> {
                values = values(args == null ? "" : args);
                kind = name.equals("enum") ? ColumnType.Kind.ENUM : ColumnType.Kind.BUILTIN;
            }
            default -> {}
        }
        return new ColumnType(kind, null, name, length, precision, scale, 0, unsigned, values, text.trim());
    }

    private static List<Integer> numbers(String args) {
        List<Integer> out = new ArrayList<>();
        if (args == null) {
            return out;
        }
        for (String part : args.split(",")) {
            try {
                out.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                return out;
            }
        }
        return out;
    }

    /** {@code 'a','b''c'} → {@code [a, b'c]}. */
    private static List<String> values(String args) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (current == null) {
                if (c == '\'') {
                    current = new StringBuilder();
                }
            } else if (c == '\'') {
                if (i + 1 < args.length() && args.charAt(i + 1) == '\'') {
                    current.append('\'');
                    i++;
                } else {
                    out.add(current.toString());
                    current = null;
                }
            } else {
                current.append(c);
            }
        }
        return out;
    }
}
