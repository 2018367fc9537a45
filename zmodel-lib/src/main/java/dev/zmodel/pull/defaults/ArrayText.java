package dev.zmodel.pull.defaults;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's array text form {@code {a,"b c",3}}: items separated by commas, double-quoted with backslash
 * escapes where needed. Nested arrays and {@code NULL} items are not read (the default stays
 * {@code dbgenerated}).
 */
final class ArrayText {
    private ArrayText() {}

    static Optional<SqlValue> parse(String text) {
        String t = text.strip();
        if (t.length() < 2 || t.charAt(0) != '{' || t.charAt(t.length() - 1) != '}') {
            return Optional.empty();
        }
        String body = t.substring(1, t.length() - 1);
        List<SqlValue> items = new ArrayList<>();
        if (body.isBlank()) {
            return Optional.of(new SqlValue.Array(items));
        }
        int i = 0;
        while (i <= body.length()) {
            StringBuilder item = new StringBuilder();
            boolean quoted = false;
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            if (i < body.length() && body.charAt(i) == '"') {
                quoted = true;
                i++;
                while (i < body.length() && body.charAt(i) != '"') {
                    if (body.charAt(i) == '\\' && i + 1 < body.length()) {
                        i++;
                    }
                    item.append(body.charAt(i++));
                }
                if (i >= body.length()) {
                    return Optional.empty();
                }
                i++;
                while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                    i++;
                }
            } else {
                while (i < body.length() && body.charAt(i) != ',') {
                    char c = body.charAt(i);
                    if (c == '{' || c == '"') {
                        return Optional.empty();
                    }
                    item.append(c);
                    i++;
                }
            }
            String value = quoted ? item.toString() : item.toString().strip();
            if (!quoted && value.equalsIgnoreCase("NULL")) {
                return Optional.empty();
            }
            items.add(new SqlValue.Str(value));
            if (i >= body.length()) {
                break;
            }
            if (body.charAt(i) != ',') {
                return Optional.empty();
            }
            i++;
        }
        return Optional.of(new SqlValue.Array(items));
    }
}
