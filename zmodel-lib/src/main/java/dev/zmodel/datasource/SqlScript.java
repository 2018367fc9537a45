package dev.zmodel.datasource;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an SQL script into statements at top-level semicolons, respecting quoted strings and identifiers
 * ({@code '...'}, {@code "..."}, {@code `...`}), PostgreSQL dollar quotes ({@code $tag$...$tag$}),
 * {@code --}/{@code #} line comments and {@code /* * /} block comments, and SQLite/MySQL trigger bodies
 * ({@code BEGIN ... END}). Comments are kept inside the statement they precede; empty statements are dropped.
 */
public final class SqlScript {
    private SqlScript() {}

    public static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = script.length();
        int i = 0;
        int beginDepth = 0;
        while (i < n) {
            char c = script.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = skipQuoted(script, i, c);
                current.append(script, i, end);
                i = end;
            } else if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-' || c == '#' && isMySqlHash(script, i)) {
                int end = script.indexOf('\n', i);
                end = end < 0 ? n : end;
                current.append(script, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                current.append(script, i, end);
                i = end;
            } else if (c == '$' && dollarTag(script, i) != null) {
                String tag = dollarTag(script, i);
                int end = script.indexOf(tag, i + tag.length());
                end = end < 0 ? n : end + tag.length();
                current.append(script, i, end);
                i = end;
            } else if (Character.isLetter(c) && (i == 0 || !isWordChar(script.charAt(i - 1)))) {
                int end = i;
                while (end < n && isWordChar(script.charAt(end))) {
                    end++;
                }
                String word = script.substring(i, end);
                if (word.equalsIgnoreCase("BEGIN") && isTriggerBody(current)) {
                    beginDepth++;
                } else if (word.equalsIgnoreCase("END") && beginDepth > 0) {
                    beginDepth--;
                }
                current.append(word);
                i = end;
            } else if (c == ';' && beginDepth == 0) {
                add(statements, current);
                current.setLength(0);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(statements, current);
        return statements;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isMySqlHash(String s, int i) {
        // '#' starts a comment only at the start of a line (keeps PostgreSQL operators like #> intact).
        int j = i - 1;
        while (j >= 0 && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j--;
        }
        return j < 0 || s.charAt(j) == '\n';
    }

    private static boolean isTriggerBody(StringBuilder current) {
        String upper = current.toString().toUpperCase(java.util.Locale.ROOT);
        return upper.contains("CREATE") && upper.contains("TRIGGER");
    }

    private static int skipQuoted(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && quote != '"' && i + 1 < s.length()) {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    private static String dollarTag(String s, int start) {
        int i = start + 1;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '$') {
            // $1 is a parameter placeholder, not a tag
            String tag = s.substring(start, i + 1);
            return tag.length() > 2 && Character.isDigit(tag.charAt(1)) ? null : tag;
        }
        return null;
    }

    private static void add(List<String> statements, StringBuilder current) {
        String stmt = current.toString().strip();
        if (!stmt.isEmpty() && !onlyComments(stmt)) {
            statements.add(stmt);
        }
    }

    private static boolean onlyComments(String stmt) {
        for (String line : stmt.split("\n")) {
            String t = line.strip();
            boolean comment =
                    t.isEmpty() || t.startsWith("--") || t.startsWith("#") || t.startsWith("/*") && t.endsWith("*/");
            if (!comment) {
                return false;
            }
        }
        return true;
    }
}
