package dev.zmodel.introspect;

import dev.zmodel.schema.ColumnType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Decodes {@code information_schema.COLUMNS} type columns into a {@link ColumnType}. */
final class MySqlTypes {
    private MySqlTypes() {}

    static ColumnType decode(
            String dataType,
            Long charLength,
            Long numericPrecision,
            Long numericScale,
            Long datetimePrecision,
            String columnType) {
        String name = dataType.toLowerCase(Locale.ROOT);
        String raw = columnType;
        String lowerRaw = columnType.toLowerCase(Locale.ROOT);
        Integer length = null;
        Integer precision = null;
        Integer scale = null;
        List<String> values = List.of();
        ColumnType.Kind kind = ColumnType.Kind.BUILTIN;
        switch (name) {
            case "varchar", "char", "binary", "varbinary" -> length = toInt(charLength);
            case "bit" -> length = toInt(numericPrecision);
            case "tinyint" -> length = lowerRaw.startsWith("tinyint(1)") ? 1 : null;
            case "decimal", "numeric" -> {
                precision = toInt(numericPrecision);
                scale = toInt(numericScale);
            }
            case "time", "datetime", "timestamp" ->
                precision = datetimePrecision == null ? 0 : toInt(datetimePrecision);
            case "enum", "set" -> {
                values = inlineValues(columnType);
                kind = name.equals("enum") ? ColumnType.Kind.ENUM : ColumnType.Kind.BUILTIN;
            }
            default -> {}
        }
        boolean unsigned = lowerRaw.contains(" unsigned");
        return new ColumnType(kind, null, name, length, precision, scale, 0, unsigned, values, raw);
    }

    /** MariaDB's {@code JSON}: reported as {@code json} although the catalog says {@code longtext}. */
    static ColumnType json() {
        return new ColumnType(ColumnType.Kind.BUILTIN, null, "json", null, null, null, 0, false, List.of(), "json");
    }

    /** The values of {@code enum('a','b''c')} / {@code set(...)}: quotes doubled inside values. */
    static List<String> inlineValues(String columnType) {
        int open = columnType.indexOf('(');
        List<String> values = new ArrayList<>();
        if (open < 0) {
            return values;
        }
        StringBuilder current = null;
        for (int i = open + 1; i < columnType.length(); i++) {
            char c = columnType.charAt(i);
            if (current == null) {
                if (c == '\'') {
                    current = new StringBuilder();
                } else if (c == ')') {
                    break;
                }
            } else if (c == '\'') {
                if (i + 1 < columnType.length() && columnType.charAt(i + 1) == '\'') {
                    current.append('\'');
                    i++;
                } else {
                    values.add(current.toString());
                    current = null;
                }
            } else if (c == '\\' && i + 1 < columnType.length()) {
                current.append(columnType.charAt(++i));
            } else {
                current.append(c);
            }
        }
        return values;
    }

    private static Integer toInt(Long value) {
        return value == null ? null : (int) Math.min(Integer.MAX_VALUE, value);
    }
}
