package dev.zmodel.lang;

/** Decoding and encoding of ZModel string literals ({@code "..."} or {@code '...'} with backslash escapes). */
final class StringLiterals {
    private StringLiterals() {}

    /** The value of a literal as written (quotes included), with escapes resolved like Langium does. */
    static String unquote(String raw) {
        if (raw.length() < 2) {
            return "";
        }
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < raw.length() - 1; i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() - 1) {
                char e = raw.charAt(++i);
                value.append(
                        switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            case 'b' -> '\b';
                            case 'f' -> '\f';
                            case '0' -> '\0';
                            default -> e;
                        });
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    /** A double-quoted literal for {@code value}: the form generated strings take. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        quote(out, value);
        return out.toString();
    }

    /** Appends {@link #quote(String)}'s text to {@code out}. */
    static void quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\0' -> out.append("\\0");
                default -> out.append(c);
            }
        }
        out.append('"');
    }
}
