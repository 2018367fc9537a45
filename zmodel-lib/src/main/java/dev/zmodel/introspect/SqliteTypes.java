package dev.zmodel.introspect;

import dev.zmodel.schema.ColumnType;

import java.util.List;
import java.util.Locale;

/**
 * Decodes a SQLite declared type ({@code VARCHAR(255)}, {@code UNSIGNED BIG INT}, {@code DECIMAL(10, 2)}):
 * {@code name} is its words without the parenthesised part, lower-cased and single-spaced ({@code ""} when no
 * type was declared); one size argument of a character/binary/bit type is its {@code length}; the arguments of
 * {@code numeric}/{@code decimal} are {@code precision} and {@code scale}.
 */
final class SqliteTypes {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private SqliteTypes() {
    }

    /** Decodes declared types, sharing one immutable {@link ColumnType} per distinct declaration. */
    static final class Cache {
        private final java.util.Map<String, ColumnType> types = new java.util.HashMap<>();

        ColumnType decode(String declared) {
            return types.computeIfAbsent(declared == null ? "" : declared, SqliteTypes::decode);
        }
    }

    static ColumnType decode(String declared) {
        String raw = declared == null ? "" : declared;
        int open = raw.indexOf('(');
        String base = WHITESPACE.matcher((open < 0 ? raw : raw.substring(0, open)).strip()).replaceAll(" ")
                .toLowerCase(Locale.ROOT);
        Integer first = null;
        Integer second = null;
        if (open >= 0) {
            int close = raw.indexOf(')', open);
            String[] args = raw.substring(open + 1, close < 0 ? raw.length() : close).split(",");
            first = number(args[0]);
            second = args.length > 1 ? number(args[1]) : null;
        }
        Integer length = null;
        Integer precision = null;
        Integer scale = null;
        if (base.equals("numeric") || base.equals("decimal")) {
            precision = first;
            scale = second;
        } else if (base.contains("char") || base.contains("binary") || base.equals("bit") || base.equals("varbit")) {
            length = first;
        }
        return new ColumnType(ColumnType.Kind.BUILTIN, null, base, length, precision, scale, 0, false, List.of(), raw);
    }

    private static Integer number(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
