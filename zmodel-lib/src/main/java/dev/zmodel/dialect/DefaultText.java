package dev.zmodel.dialect;

/** Text helpers for the canonical form of default expressions, shared by the dialects. */
final class DefaultText {
    private DefaultText() {}

    /** The expression without white space around it and without parentheses around the whole of it. */
    static String unwrap(String expression) {
        String v = expression.strip();
        while (v.startsWith("(") && v.endsWith(")") && balanced(v.substring(1, v.length() - 1))) {
            v = v.substring(1, v.length() - 1).strip();
        }
        return v;
    }

    /** Parentheses balanced outside string literals. */
    static boolean balanced(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0 && !quoted;
    }

    /** The index just after the string literal starting at {@code start} ({@code '…'} with {@code ''} escapes). */
    static int endOfLiteral(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return -1;
    }

    /** The index just after the {@code ]} that closes the {@code [} at {@code start} (literals skipped); -1 if none. */
    static int endOfBrackets(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                i = endOfLiteral(text, i) - 1;
                if (i < 0) {
                    return -1;
                }
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
