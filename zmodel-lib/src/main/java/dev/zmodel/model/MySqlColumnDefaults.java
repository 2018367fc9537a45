package dev.zmodel.model;

import dev.zmodel.ZModelException;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.ColumnType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.List;

/**
 * MySQL / MariaDB defaults as MariaDB's {@code COLUMN_DEFAULT} prints them (MySQL 8's bare literals are quoted by
 * the introspector, and the diff treats {@code '1'} and {@code 1}, {@code CURRENT_TIMESTAMP(3)} and
 * {@code current_timestamp(3)} as one): booleans {@code 1}/{@code 0}, decimals with the column's scale,
 * strings quoted with backslashes and quotes escaped, date-times padded to the column's fractional precision,
 * {@code now()} as {@code current_timestamp(p)}.
 */
final class MySqlColumnDefaults implements ColumnDefaults {

    @Override
    public AutoIncrement autoIncrement() {
        return AutoIncrement.AUTO_INCREMENT;
    }

    @Override
    public String now(ColumnType type, String where) {
        if (!List.of("datetime", "timestamp").contains(type.name())) {
            throw new ZModelException(
                    where + ": now() needs a DATETIME or TIMESTAMP column on MySQL, not " + type.raw() + ".");
        }
        int precision = type.precision() == null ? 0 : type.precision();
        return "current_timestamp(" + (precision == 0 ? "" : precision) + ")";
    }

    @Override
    public String literal(DefaultLiteral value, ColumnType type, String where) {
        return switch (value.kind()) {
            case BOOLEAN -> type.name().equals("bit") ? (value.isTrue() ? "b'1'" : "b'0'") : value.isTrue() ? "1" : "0";
            case NUMBER -> number(value.text(), type);
            case ENUM_VALUE -> quote(value.text());
            case STRING -> string(value.text(), type, where);
        };
    }

    private static String number(String text, ColumnType type) {
        BigDecimal v = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
        if (type.name().equals("decimal")) {
            int scale = type.scale() == null ? 0 : type.scale();
            return v.setScale(scale, RoundingMode.HALF_UP).toPlainString();
        }
        v = v.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : v.toPlainString();
    }

    private String string(String text, ColumnType type, String where) {
        switch (type.name()) {
            case "datetime", "timestamp", "date", "time" -> {
                LocalDateTime t = Temporal.parse(text);
                if (t == null) {
                    throw new ZModelException(where + ": the default \"" + text + "\" is not an ISO-8601 date/time.");
                }
                int precision = type.precision() == null ? 0 : type.precision();
                return quote(
                        switch (type.name()) {
                            case "date" -> Temporal.date(t);
                            case "time" -> Temporal.time(t, precision);
                            default -> Temporal.date(t) + " " + Temporal.time(t, precision);
                        });
            }
            case "tinyblob", "blob", "mediumblob", "longblob", "binary", "varbinary" -> {
                return null;
            }
            default -> {
                return quote(text);
            }
        }
    }

    @Override
    public String list(List<DefaultLiteral> values, ColumnType type, String where) {
        throw new ZModelException(where + ": MySQL has no list columns.");
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
