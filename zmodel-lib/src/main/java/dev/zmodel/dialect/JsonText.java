package dev.zmodel.dialect;

/**
 * Whether a text is one JSON value (RFC 8259, as {@code JSON.parse} accepts it): the rule ZenStack applies to the
 * {@code @default} of a {@code Json} field, whose only accepted form is a string literal holding JSON.
 */
public final class JsonText {
    private final String text;
    private int pos;

    private JsonText(String text) {
        this.text = text;
    }

    public static boolean isJson(String text) {
        JsonText p = new JsonText(text);
        p.space();
        if (!p.value()) {
            return false;
        }
        p.space();
        return p.pos == text.length();
    }

    private boolean value() {
        if (pos >= text.length()) {
            return false;
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> word("true");
            case 'f' -> word("false");
            case 'n' -> word("null");
            default -> number();
        };
    }

    private boolean object() {
        pos++;
        space();
        if (peek('}')) {
            pos++;
            return true;
        }
        while (true) {
            space();
            if (!peek('"') || !string()) {
                return false;
            }
            space();
            if (!peek(':')) {
                return false;
            }
            pos++;
            space();
            if (!value()) {
                return false;
            }
            space();
            if (peek('}')) {
                pos++;
                return true;
            }
            if (!peek(',')) {
                return false;
            }
            pos++;
        }
    }

    private boolean array() {
        pos++;
        space();
        if (peek(']')) {
            pos++;
            return true;
        }
        while (true) {
            space();
            if (!value()) {
                return false;
            }
            space();
            if (peek(']')) {
                pos++;
                return true;
            }
            if (!peek(',')) {
                return false;
            }
            pos++;
        }
    }

    private boolean string() {
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return true;
            }
            if (c < 0x20) {
                return false;
            }
            if (c == '\\') {
                if (pos >= text.length()) {
                    return false;
                }
                char e = text.charAt(pos++);
                if (e == 'u') {
                    if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                        return false;
                    }
                    pos += 4;
                } else if ("\"\\/bfnrt".indexOf(e) < 0) {
                    return false;
                }
            }
        }
        return false;
    }

    private boolean number() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?")
                .matcher(text)
                .region(pos, text.length());
        if (!m.lookingAt()) {
            return false;
        }
        pos = m.end();
        return true;
    }

    private boolean word(String w) {
        if (text.startsWith(w, pos)) {
            pos += w.length();
            return true;
        }
        return false;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void space() {
        while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }
}
