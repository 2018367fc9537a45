package dev.zmodel.lang;

import dev.zmodel.lang.ast.Comment;
import dev.zmodel.lang.ast.Trivia;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the lines of one block (or of the top level) and writes them out, aligning trailing comments in
 * one column per group of rows (rows not separated by a blank line): one space after the longest row of the
 * group that carries a trailing comment. Blank lines never repeat and never start or end the output. Trailing
 * spaces and tabs are removed from every line.
 *
 * <p>The rows' text is kept in one buffer (a row is a span of it) and the writer is emptied by {@link #writeTo},
 * so printing a large schema makes no string per line or per attribute: a pulled schema has tens of thousands.
 */
final class LineWriter {
    /** A row: the span {@code [start, end)} of {@link #text}; a blank line is {@code null}. */
    private record Line(int start, int end, Comment trailing) {
        int length() {
            return end - start;
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Line> lines = new ArrayList<>();
    private int lineStart;
    private int rowStart;

    /** A line of content with an optional same-line comment. */
    void row(String indent, String content, Comment trailing) {
        startRow(indent).append(content);
        endRow(trailing);
    }

    /**
     * Starts a row and returns the buffer to append its content to; {@link #endRow} ends it. Columns passed to
     * {@link #padTo} count from the start of the row's content (after the indent).
     */
    StringBuilder startRow(String indent) {
        lineStart = text.length();
        text.append(indent);
        rowStart = text.length();
        return text;
    }

    /** Appends spaces until the current row's content is {@code width} characters wide (none if it is wider). */
    void padTo(int width) {
        for (int n = rowStart + width - text.length(); n > 0; n--) {
            text.append(' ');
        }
    }

    /** Ends the row {@link #startRow} began. */
    void endRow(Comment trailing) {
        lines.add(new Line(lineStart, text.length(), trailing));
    }

    void blank() {
        if (!lines.isEmpty() && lines.get(lines.size() - 1) != null) {
            lines.add(null);
        }
    }

    /** A node's leading comments: the detached ones, an empty line, then the ones directly above it. */
    void leading(String indent, Trivia trivia) {
        // indexes, not the detached()/attached() views: this runs for every member printed
        List<Comment> comments = trivia.leading();
        for (int i = 0; i < comments.size(); i++) {
            comment(indent, comments.get(i));
            if (i == trivia.detachedComments() - 1) {
                blank();
            }
        }
    }

    void comment(String indent, Comment c) {
        row(indent, c.text(), null);
    }

    void comments(String indent, List<Comment> comments) {
        for (Comment c : comments) {
            comment(indent, c);
        }
    }

    /** Appends everything to {@code out} and empties this writer; trailing comments align within its rows. */
    void writeTo(StringBuilder out) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1) == null) {
            end--;
        }
        // copied from a String: StringBuilder.append of a StringBuilder range copies it a char at a time through
        // charAt, which a cold JVM ran for most of the printing time of a 1,000-model schema; a String range is one
        // array copy
        String all = text.toString();
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
            int outStart = out.length();
            out.append(all, l.start, l.end);
            if (l.trailing != null) {
                for (int n = Math.max(1, column + 1 - l.length()); n > 0; n--) {
                    out.append(' ');
                }
                out.append(l.trailing.text());
            }
            stripTrailing(out, outStart);
            out.append('\n');
        }
        text.setLength(0);
        lines.clear();
    }

    /** The comment column of the group starting at {@code start}: after its longest commented row. */
    private int groupColumn(int start, int end) {
        int column = 0;
        for (int i = start; i < end && lines.get(i) != null; i++) {
            Line l = lines.get(i);
            if (l.trailing != null) {
                column = Math.max(column, l.length());
            }
        }
        return column;
    }

    /** Removes the spaces and tabs that end {@code out}, back to {@code lineStart} at most. */
    private static void stripTrailing(StringBuilder out, int lineStart) {
        int end = out.length();
        while (end > lineStart && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
            end--;
        }
        out.setLength(end);
    }
}
