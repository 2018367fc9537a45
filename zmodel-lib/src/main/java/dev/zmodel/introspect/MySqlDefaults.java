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
    private static final Set<String> NUMERIC = Set.of(
            "tinyint",
            "smallint",
            "mediumint",
            "int",
            "integer",
            "bigint",
            "decimal",
            "numeric",
            "float",
            "double",
            "real",
            "bit",
            "year",
            "bool",
            "boolean");

    private MySqlDefaults() {}

    static String normalize(MySqlFlavor flavor, String columnDefault, String dataType, String extra) {
        if (columnDefault == null) {
            return null;
        }
        if (flavor.quotesLiteralDefaults()) {
            return columnDefault.equalsIgnoreCase("NULL") ? null : requote(columnDefault);
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

    /**
     * MariaDB qualifies the sequence of a {@code nextval(seq)} default with the database
     * ({@code nextval(`shop`.`order_no`)}): the qualifier is left out, so the default names the sequence of the
     * database the table is in, as it was written, and a database built from migrations reads the same.
     */
    static String unqualifiedSequences(String columnDefault, String database) {
        if (columnDefault == null || !SEQUENCE_FUNCTION.matcher(columnDefault).find()) {
            return columnDefault;
        }
        return columnDefault.replace("`" + database.replace("`", "``") + "`.", "");
    }

    private static final Pattern SEQUENCE_FUNCTION =
            Pattern.compile("\\b(nextval|lastval|setval)\\s*\\(", Pattern.CASE_INSENSITIVE);

    /**
     * A string literal in one spelling: MariaDB prints the default of a TEXT/BLOB/JSON column with backslash escapes
     * ({@code 'it\'s'}) and that of a VARCHAR column with doubled quotes ({@code 'it''s'}); both become the latter,
     * with backslashes doubled, as MySQL 8's bare literals are quoted. Anything that is not one string literal is
     * returned as it is.
     */
    static String requote(String literal) {
        if (literal.length() < 2 || literal.charAt(0) != '\'' || literal.charAt(literal.length() - 1) != '\'') {
            return literal;
        }
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < literal.length() - 1) {
                char e = literal.charAt(++i);
                value.append(
                        switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            case 'b' -> '\b';
                            case '0' -> '\0';
                            case 'Z' -> (char) 26;
                            default -> e;
                        });
            } else if (c == '\'') {
                if (i + 1 < literal.length() - 1 && literal.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i++;
                } else {
                    return literal; // not a single literal ('a' 'b', an expression)
                }
            } else {
                value.append(c);
            }
        }
        return "'" + value.toString().replace("\\", "\\\\").replace("'", "''") + "'";
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
