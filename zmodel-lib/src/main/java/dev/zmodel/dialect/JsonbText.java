package dev.zmodel.dialect;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's text form of a {@code jsonb} value ({@code jsonb_out}): object keys sorted by length then bytes, a
 * repeated key keeping its last value, {@code ": "} and {@code ", "} separators, numbers as {@code numeric}
 * prints them. A jsonb default is stored and printed in this form, whatever the schema wrote. Also the test of
 * whether a text is JSON at all: the only {@code @default} of a Json field ZenStack accepts is a string holding JSON.
 */
public final class JsonbText {
    private final String text;
    private int pos;

    private JsonbText(String text) {
        this.text = text;
    }

    /** Whether the text is one JSON value, as {@code JSON.parse} reads it. */
    public static boolean isJson(String json) {
        return canonical(json) != null;
    }

    /** The canonical text, or null when {@code json} is not valid JSON. */
    public static String canonical(String json) {
        try {
            JsonbText parser = new JsonbText(json);
            StringBuilder out = new StringBuilder();
            parser.skipSpace();
            parser.value(out);
            parser.skipSpace();
            return parser.pos == json.length() ? out.toString() : null;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private void value(StringBuilder out) {
        char c = text.charAt(pos);
        switch (c) {
            case '{' -> object(out);
            case '[' -> array(out);
            case '"' -> quote(string(), out);
            default -> {
                if (text.startsWith("true", pos) || text.startsWith("null", pos)) {
                    out.append(text, pos, pos + 4);
                    pos += 4;
                } else if (text.startsWith("false", pos)) {
                    out.append("false");
                    pos += 5;
                } else {
                    int start = pos;
                    while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                        pos++;
                    }
                    out.append(new BigDecimal(text.substring(start, pos)).toPlainString());
                }
            }
        }
    }

    private void object(StringBuilder out) {
        pos++;
        Map<String, String> members = new LinkedHashMap<>();
        skipSpace();
        if (text.charAt(pos) == '}') {
            pos++;
            out.append("{}");
            return;
        }
        while (true) {
            skipSpace();
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            StringBuilder v = new StringBuilder();
            value(v);
            members.remove(key);
            members.put(key, v.toString());
            skipSpace();
            if (text.charAt(pos) == ',') {
                pos++;
                continue;
            }
            expect('}');
            break;
        }
        List<String> keys = new ArrayList<>(members.keySet());
        keys.sort(Comparator.<String>comparingInt(k -> k.getBytes(StandardCharsets.UTF_8).length)
                .thenComparing((a, b) -> Arrays.compareUnsigned(
                        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8))));
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            quote(keys.get(i), out);
            out.append(": ").append(members.get(keys.get(i)));
        }
        out.append('}');
    }

    private void array(StringBuilder out) {
        pos++;
        out.append('[');
        skipSpace();
        if (text.charAt(pos) == ']') {
            pos++;
            out.append(']');
            return;
        }
        boolean first = true;
        while (true) {
            skipSpace();
            if (!first) {
                out.append(", ");
            }
            first = false;
            value(out);
            skipSpace();
            if (text.charAt(pos) == ',') {
                pos++;
                continue;
            }
            expect(']');
            out.append(']');
            return;
        }
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    b.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> b.append(e);
            }
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void expect(char c) {
        if (text.charAt(pos) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
