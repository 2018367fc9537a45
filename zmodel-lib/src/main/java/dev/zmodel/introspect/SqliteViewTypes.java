package dev.zmodel.introspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Declared types for SQLite view columns that have none: SQLite reports the base column's declared type for a plain
 * column reference, and nothing for an expression. The type is inferred from the expression of the view's select
 * list: {@code count(…)} → {@code INTEGER}; {@code avg(…)}, {@code total(…)}, {@code round(…)} → {@code REAL};
 * {@code sum(x)} → {@code INTEGER} when x is, else {@code REAL}; {@code a || b} and string literals → {@code TEXT};
 * number literals → {@code INTEGER}/{@code REAL}; a column reference → the declared type of that column. Anything
 * else keeps no type.
 */
final class SqliteViewTypes {
    private SqliteViewTypes() {}

    /**
     * The expressions of the first select list of a view query, in column order; empty when the query is not a plain
     * {@code SELECT …} (a {@code WITH} or {@code VALUES} query).
     */
    static List<String> selectList(String query) {
        String q = query.strip();
        String lower = q.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("select") || q.length() > 6 && Character.isLetterOrDigit(q.charAt(6))) {
            return List.of();
        }
        int i = 6;
        for (String word : List.of("distinct", "all")) {
            String rest = lower.substring(i).stripLeading();
            if (rest.startsWith(word + " ")) {
                i = lower.length() - rest.length() + word.length();
            }
        }
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = i;
        for (; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int end = q.indexOf(close, i + 1);
                if (end < 0) {
                    return List.of();
                }
                i = end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && c == ',') {
                items.add(q.substring(start, i).strip());
                start = i + 1;
            } else if (depth == 0 && keywordAt(lower, i, "from")) {
                break;
            }
        }
        items.add(q.substring(start, Math.min(i, q.length())).strip());
        return items.stream().map(SqliteViewTypes::withoutAlias).toList();
    }

    /**
     * The inferred declared type of one select item, or "" when none can be told.
     *
     * @param columnType the declared type of a referenced column ({@code table} may be null), or null when unknown
     */
    static String infer(String expression, BiFunction<String, String, String> columnType) {
        String e = strip(expression);
        String lower = e.toLowerCase(Locale.ROOT);
        if (topLevel(e, "||")) {
            return "TEXT";
        }
        String call = call(lower, e);
        if (call != null) {
            String argument = e.substring(e.indexOf('(') + 1, e.length() - 1);
            return switch (call) {
                case "count" -> "INTEGER";
                case "avg", "total", "round" -> "REAL";
                case "sum" -> infer(argument, columnType).equals("INTEGER") ? "INTEGER" : "REAL";
                case "min", "max", "abs", "coalesce", "ifnull" -> infer(firstArgument(argument), columnType);
                case "lower", "upper", "trim", "ltrim", "rtrim", "substr", "replace", "printf", "group_concat" ->
                    "TEXT";
                case "length" -> "INTEGER";
                default -> "";
            };
        }
        if (e.matches("[+-]?[0-9]+")) {
            return "INTEGER";
        }
        if (e.matches("[+-]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
            return "REAL";
        }
        if (e.length() >= 2 && e.startsWith("'") && e.endsWith("'")) {
            return "TEXT";
        }
        String[] parts = e.split("\\.");
        if (parts.length <= 2 && java.util.Arrays.stream(parts).allMatch(SqliteViewTypes::isIdentifier)) {
            String table = parts.length == 2 ? unquote(parts[0]) : null;
            String type = columnType.apply(table, unquote(parts[parts.length - 1]));
            return type == null ? "" : type;
        }
        return "";
    }

    /** The types by column of the relations read so far, for {@link #infer}. */
    static BiFunction<String, String, String> lookup(Map<String, Map<String, String>> declaredTypes) {
        return (table, column) -> {
            if (table != null) {
                Map<String, String> columns = declaredTypes.get(table);
                return columns == null ? null : columns.get(column);
            }
            String found = null;
            for (Map<String, String> columns : declaredTypes.values()) {
                String type = columns.get(column);
                if (type != null && !type.isEmpty()) {
                    if (found != null && !found.equalsIgnoreCase(type)) {
                        return null; // ambiguous without the FROM clause
                    }
                    found = type;
                }
            }
            return found;
        };
    }

    private static String withoutAlias(String item) {
        String lower = item.toLowerCase(Locale.ROOT);
        int depth = 0;
        int as = -1;
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                int end = item.indexOf(c == '[' ? ']' : c, i + 1);
                i = end < 0 ? item.length() : end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && keywordAt(lower, i, "as")) {
                as = i;
            }
        }
        return as < 0 ? item : item.substring(0, as).strip();
    }

    private static boolean keywordAt(String lower, int i, String word) {
        return lower.startsWith(word, i)
                && (i == 0 || Character.isWhitespace(lower.charAt(i - 1)))
                && (i + word.length() == lower.length() || Character.isWhitespace(lower.charAt(i + word.length())));
    }

    /** The function name when the whole expression is one call {@code name(…)}, else null. */
    private static String call(String lower, String e) {
        int open = e.indexOf('(');
        if (open <= 0 || !e.endsWith(")") || !lower.substring(0, open).strip().matches("[a-z_]+")) {
            return null;
        }
        int depth = 0;
        for (int i = open; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '\'') {
                int end = e.indexOf('\'', i + 1);
                i = end < 0 ? e.length() : end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0 && i != e.length() - 1) {
                return null;
            }
        }
        return lower.substring(0, open).strip();
    }

    private static boolean topLevel(String e, String operator) {
        int depth = 0;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '\'' || c == '"') {
                int end = e.indexOf(c, i + 1);
                i = end < 0 ? e.length() : end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && e.startsWith(operator, i)) {
                return true;
            }
        }
        return false;
    }

    private static String firstArgument(String arguments) {
        int depth = 0;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return arguments.substring(0, i);
            }
        }
        return arguments;
    }

    private static String strip(String e) {
        String s = e.strip();
        while (s.startsWith("(") && s.endsWith(")") && call("x" + s.toLowerCase(Locale.ROOT), "x" + s) != null) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private static boolean isIdentifier(String part) {
        String p = part.strip();
        return p.matches("[A-Za-z_][A-Za-z0-9_$]*") || p.matches("\"([^\"]|\"\")+\"|`[^`]+`|\\[[^\\]]+\\]");
    }

    private static String unquote(String part) {
        String p = part.strip();
        if (p.startsWith("\"") && p.endsWith("\"")) {
            return p.substring(1, p.length() - 1).replace("\"\"", "\"");
        }
        if (p.startsWith("`") && p.endsWith("`") || p.startsWith("[") && p.endsWith("]")) {
            return p.substring(1, p.length() - 1);
        }
        return p;
    }
}
