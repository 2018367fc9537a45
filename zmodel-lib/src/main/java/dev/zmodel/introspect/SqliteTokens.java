package dev.zmodel.introspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits SQLite DDL into tokens that remember where they are in the text, so that expressions can be cut out
 * verbatim. Comments are skipped; quoted identifiers ({@code "x"}, {@code `x`}, {@code [x]}) and string
 * literals are single tokens.
 */
final class SqliteTokens {
    enum Kind {
        WORD,
        QUOTED_IDENTIFIER,
        STRING,
        NUMBER,
        PUNCT
    }

    /**
     * One token: {@code [start, end)} of {@code source}. The text is cut out only when asked for ({@link #text()}):
     * a pull reads the DDL of every table, and most tokens are only compared with a keyword.
     */
    record Token(Kind kind, String source, int start, int end) {
        String text() {
            return source.substring(start, end);
        }

        /** True for an unquoted word equal (ignoring case) to {@code keyword}. */
        boolean is(String keyword) {
            return kind == Kind.WORD
                    && end - start == keyword.length()
                    && source.regionMatches(true, start, keyword, 0, keyword.length());
        }

        /** True for an unquoted word equal (ignoring case) to one of {@code keywords}. */
        boolean isAny(Set<String> keywords) {
            if (kind != Kind.WORD) {
                return false;
            }
            for (String keyword : keywords) {
                if (is(keyword)) {
                    return true;
                }
            }
            return false;
        }

        boolean isPunct(char c) {
            return kind == Kind.PUNCT && source.charAt(start) == c;
        }

        /** The identifier this token names: quotes removed and doubled quotes undone. */
        String identifier() {
            if (kind != Kind.QUOTED_IDENTIFIER && kind != Kind.STRING) {
                return text();
            }
            char open = source.charAt(start);
            String inner = source.substring(start + 1, end - 1);
            return switch (open) {
                case '[' -> inner;
                case '`' -> inner.replace("``", "`");
                case '\'' -> inner.replace("''", "'");
                default -> inner.replace("\"\"", "\"");
            };
        }
    }

    private SqliteTokens() {}

    static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '`' || c == '\'') {
                int end = closingQuote(sql, i, c);
                tokens.add(new Token(c == '\'' ? Kind.STRING : Kind.QUOTED_IDENTIFIER, sql, i, end));
                i = end;
            } else if (c == '[') {
                int close = sql.indexOf(']', i);
                int end = close < 0 ? n : close + 1;
                tokens.add(new Token(Kind.QUOTED_IDENTIFIER, sql, i, end));
                i = end;
            } else if (Character.isLetter(c) || c == '_' || c > 127) {
                int end = i + 1;
                while (end < n
                        && (Character.isLetterOrDigit(sql.charAt(end))
                                || sql.charAt(end) == '_'
                                || sql.charAt(end) == '$'
                                || sql.charAt(end) > 127)) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, sql, i, end));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, sql, i, end));
                i = end;
            } else {
                tokens.add(new Token(Kind.PUNCT, sql, i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    private static int closingQuote(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /** Index of the token closing the parenthesis opened at {@code open}. */
    static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct('(')) {
                depth++;
            } else if (tokens.get(i).isPunct(')')) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size() - 1;
    }

    /** Splits tokens {@code from} (inclusive) .. {@code to} (exclusive) at top-level commas: [start, end) pairs. */
    static List<int[]> splitTopLevel(List<Token> tokens, int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isPunct('(')) {
                depth++;
            } else if (t.isPunct(')')) {
                depth--;
            } else if (t.isPunct(',') && depth == 0) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < to) {
            parts.add(new int[] {start, to});
        }
        return parts;
    }
}
