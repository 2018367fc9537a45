package dev.zmodel.introspect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns {@code COLUMN_DEFAULT} into the model's canonical default: a valid SQL expression, or null for none.
 * MariaDB already prints SQL ({@code 'abc'}, {@code 0}, {@code current_timestamp()}, and the string
 * {@code NULL} for a NULL default). MySQL 8 prints literal values bare ({@code abc}) and marks expressions with
 * {@code DEFAULT_GENERATED} in {@code EXTRA}: bare literals of non-numeric types are quoted, expressions other
 * than {@code CURRENT_TIMESTAMP[(n)]} are parenthesised as they must be written ({@code (uuid())}).
 */
final class MySqlDefaults {
    private static final Pattern CURRENT_TIMESTAMP = Pattern.compile("(?i)^(current_timestamp|now)(\\(\\d*\\))?$");
    private static final Set<String> NUMERIC = Set.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint",
            "decimal", "numeric", "float", "double", "real", "bit", "year", "bool", "boolean");

    private MySqlDefaults() {
    }

    static String normalize(MySqlFlavor flavor, String columnDefault, String dataType, String extra) {
        if (columnDefault == null) {
            return null;
        }
        if (flavor.quotesLiteralDefaults()) {
            return columnDefault.equalsIgnoreCase("NULL") ? null : columnDefault;
        }
        boolean expression = extra != null && extra.toUpperCase(Locale.ROOT).contains("DEFAULT_GENERATED");
        if (expression) {
            if (CURRENT_TIMESTAMP.matcher(columnDefault).matches() || columnDefault.startsWith("(")) {
                return columnDefault;
            }
            return "(" + columnDefault + ")";
        }
        if (NUMERIC.contains(dataType.toLowerCase(Locale.ROOT)) && !columnDefault.isEmpty()) {
            return columnDefault;
        }
        return "'" + columnDefault.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** The {@code ON UPDATE} expression in {@code EXTRA} ("on update current_timestamp()"), or null. */
    static String onUpdate(String extra) {
        if (extra == null) {
            return null;
        }
        int at = extra.toLowerCase(Locale.ROOT).indexOf("on update ");
        if (at < 0) {
            return null;
        }
        String rest = extra.substring(at + "on update ".length()).strip();
        int space = rest.indexOf(' ');
        return space < 0 ? rest : rest.substring(0, space);
    }
}
