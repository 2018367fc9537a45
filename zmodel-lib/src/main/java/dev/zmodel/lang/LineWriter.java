package dev.zmodel.lang;

import dev.zmodel.lang.ast.Comment;
import dev.zmodel.lang.ast.Trivia;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the lines of one block (or of the top level) and writes them out, aligning trailing comments in
 * one column per group of rows (rows not separated by a blank line): one space after the longest row of the
 * group that carries a trailing comment. Blank lines never repeat and never start or end the output.
 */
final class LineWriter {
    private record Line(String indent, String text, Comment trailing) {}

    private final List<Line> lines = new ArrayList<>();

    /** A line of content with an optional same-line comment. */
    void row(String indent, String text, Comment trailing) {
        lines.add(new Line(indent, text, trailing));
    }

    void blank() {
        if (!lines.isEmpty() && lines.get(lines.size() - 1) != null) {
            lines.add(null);
        }
    }

    /** A node's leading comments: the detached ones, an empty line, then the ones directly above it. */
    void leading(String indent, Trivia trivia) {
        for (Comment c : trivia.detached()) {
            comment(indent, c);
        }
        if (!trivia.detached().isEmpty()) {
            blank();
        }
        for (Comment c : trivia.attached()) {
            comment(indent, c);
        }
    }

    void comment(String indent, Comment c) {
        lines.add(new Line(indent, c.text(), null));
    }

    void comments(String indent, List<Comment> comments) {
        for (Comment c : comments) {
            comment(indent, c);
        }
    }

    /** Appends everything to {@code out}; trailing comments align within this writer's rows. */
    void writeTo(StringBuilder out) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1) == null) {
            end--;
        }
        int column = 0;
        for (int i = 0; i < end; i++) {
            Line l = lines.get(i);
            if (l == null) {
                out.append('\n');
                continue;
            }
            if (i == 0 || lines.get(i - 1) == null) {
                column = groupColumn(i, end);
            }
            StringBuilder line = new StringBuilder(l.indent).append(l.text);
            if (l.trailing != null) {
                line.append(" ".repeat(Math.max(1, column + 1 - line.length()))).append(l.trailing.text());
            }
            out.append(stripTrailing(line)).append('\n');
        }
    }

    /** The comment column of the group starting at {@code start}: after its longest commented row. */
    private int groupColumn(int start, int end) {
        int column = 0;
        for (int i = start; i < end && lines.get(i) != null; i++) {
            Line l = lines.get(i);
            if (l.trailing != null) {
                column = Math.max(column, l.indent.length() + l.text.length());
            }
        }
        return column;
    }

    private static String stripTrailing(StringBuilder s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(0, end);
    }
}
