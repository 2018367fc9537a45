package dev.zmodel.model;

import dev.zmodel.ZModelException;
import dev.zmodel.schema.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL 8 / MariaDB: {@code DATA_TYPE} names ({@code int}, {@code varchar} of 191 for {@code String},
 * {@code datetime} with precision 3 for {@code DateTime}, {@code tinyint(1)} for {@code Boolean}); enums are
 * inline {@code enum(…)} column types.
 */
final class MySqlColumnTypes implements ColumnTypes {
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
            case "UnsignedTinyInt" -> unsigned(scalar.equals("Boolean") ? length("tinyint", 1) : ColumnType.of("tinyint"));
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
            default -> throw new ZModelException(where + ": @db." + nativeType.name() + " is not a MySQL native type; use a "
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
        return new ColumnType(ColumnType.Kind.BUILTIN, null, name, length, null, null, 0, false, List.of(),
                length == null ? name : name + "(" + length + ")");
    }

    private static ColumnType unsigned(ColumnType type) {
        return new ColumnType(type.kind(), null, type.name(), type.length(), type.precision(), type.scale(), 0, true,
                type.values(), type.raw() + " unsigned");
    }

    private static ColumnType decimal(Integer precision, Integer scale) {
        return new ColumnType(ColumnType.Kind.BUILTIN, null, "decimal", null, precision, scale, 0, false, List.of(),
                "decimal(" + precision + "," + scale + ")");
    }

    private static ColumnType temporal(String name, int precision) {
        return new ColumnType(ColumnType.Kind.BUILTIN, null, name, null, precision, null, 0, false, List.of(),
                precision == 0 ? name : name + "(" + precision + ")");
    }

    @Override
    public ColumnType enumeration(EnumMapping mapping) {
        return new ColumnType(ColumnType.Kind.ENUM, null, "enum", null, null, null, 0, false, mapping.values(),
                "enum(" + String.join(",", mapping.values().stream().map(v -> "'" + v.replace("'", "''") + "'").toList())
                        + ")");
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
                    length = numbers.isEmpty() ? (name.equals("varchar") || name.equals("varbinary") ? null : 1)
                            : numbers.get(0);
            case "tinyint" -> length = m.group(1).trim().toLowerCase(Locale.ROOT).startsWith("bool")
                    || numbers.equals(List.of(1)) ? 1 : null;
            case "decimal" -> {
                precision = numbers.isEmpty() ? 10 : numbers.get(0);
                scale = numbers.size() > 1 ? numbers.get(1) : 0;
            }
            case "time", "datetime", "timestamp" -> precision = numbers.isEmpty() ? 0 : numbers.get(0);
            case "enum", "set" -> {
                values = values(args == null ? "" : args);
                kind = name.equals("enum") ? ColumnType.Kind.ENUM : ColumnType.Kind.BUILTIN;
            }
            default -> {
            }
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
