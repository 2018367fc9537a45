package dev.zmodel.pull.defaults;

/**
 * Reads quoted SQL string literals. {@code ''} is a quote in every dialect; PostgreSQL {@code E'…'} strings and
 * MySQL strings also take backslash escapes.
 */
final class SqlStrings {
    /** Which backslash escapes a literal takes. */
    enum Escapes {
        /** Standard SQL (PostgreSQL {@code '…'}, SQLite): a backslash is an ordinary character. */
        NONE,
        /** PostgreSQL {@code E'…'}: {@code \n \t \r \b \f}, octal {@code \ooo}, hex {@code \xhh}, others literal. */
        POSTGRES,
        /** MySQL: {@code \0 \n \t \r \b \Z}, others stand for themselves. */
        MYSQL
    }

    private SqlStrings() {}

    /** A literal read from {@code text} starting at a quote: its value and the index after the closing quote. */
    record Read(String value, int end) {}

    /**
     * @param start index of the opening quote
     * @return null when the literal is not terminated
     */
    static Read read(String text, int start, Escapes escapes) {
        StringBuilder out = new StringBuilder();
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i += 2;
                    continue;
                }
                return new Read(out.toString(), i + 1);
            }
            if (c == '\\' && escapes != Escapes.NONE && i + 1 < text.length()) {
                i = escapes == Escapes.POSTGRES ? postgresEscape(text, i + 1, out) : mysqlEscape(text, i + 1, out);
                continue;
            }
            out.append(c);
            i++;
        }
        return null;
    }

    private static int postgresEscape(String text, int i, StringBuilder out) {
        char e = text.charAt(i);
        switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'x' -> {
                int end = i + 1;
                while (end < text.length() && end < i + 3 && Character.digit(text.charAt(end), 16) >= 0) {
                    end++;
                }
                if (end == i + 1) {
                    out.append('x');
                    return i + 1;
                }
                out.append((char) Integer.parseInt(text.substring(i + 1, end), 16));
                return end;
            }
            default -> {
                if (e >= '0' && e <= '7') {
                    int end = i + 1;
                    while (end < text.length() && end < i + 3 && text.charAt(end) >= '0' && text.charAt(end) <= '7') {
                        end++;
                    }
                    out.append((char) Integer.parseInt(text.substring(i, end), 8));
                    return end;
                }
                out.append(e);
            }
        }
        return i + 1;
    }

    private static int mysqlEscape(String text, int i, StringBuilder out) {
        char e = text.charAt(i);
        out.append(
                switch (e) {
                    case '0' -> '\0';
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'b' -> '\b';
                    case 'Z' -> (char) 26;
                    default -> e;
                });
        return i + 1;
    }
}
