package dev.zmodel.schema;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The canonical {@link ColumnType} of a SQLite declared type ({@code VARCHAR(255)}, {@code UNSIGNED BIG INT},
 * {@code DECIMAL(10, 2)}): {@code name} is its words without the parenthesised part, lower-cased and
 * single-spaced ({@code ""} when no type was declared); one size argument of a character/binary/bit type is its
 * {@code length}; the arguments of {@code numeric}/{@code decimal} are {@code precision} and {@code scale}.
 *
 * <p>Part of the relational model contract (see docs/architecture.md): the SQLite introspector and the model
 * built from ZModel both decode declarations here, so that the two agree by construction.
 */
public final class SqliteDeclaredTypes {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SqliteDeclaredTypes() {}

    /** Decodes a declaration; {@code null} means "no type declared". {@code raw} keeps the text as given. */
    public static ColumnType decode(String declared) {
        String raw = declared == null ? "" : declared;
        int open = raw.indexOf('(');
        String base = WHITESPACE
                .matcher((open < 0 ? raw : raw.substring(0, open)).strip())
                .replaceAll(" ")
                .toLowerCase(Locale.ROOT);
        Integer first = null;
        Integer second = null;
        if (open >= 0) {
            int close = raw.indexOf(')', open);
            String[] args =
                    raw.substring(open + 1, close < 0 ? raw.length() : close).split(",");
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
