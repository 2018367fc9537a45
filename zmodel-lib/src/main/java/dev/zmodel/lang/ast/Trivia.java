package dev.zmodel.lang.ast;

import java.util.List;

/**
 * The comments that belong to a node: the ones on the lines before it ({@code leading}, doc comments
 * included, in source order) and a comment on the same line after it ({@code trailing}, may be null).
 * {@code blankLineBefore} records that the user separated this member from the previous one by an empty
 * line; the formatter keeps one such line (several collapse to one). {@code detachedComments} is how many of
 * the leading comments (counted from the first) stand apart from the node, separated from the rest by an
 * empty line — a file header, or a section comment inside a model; the formatter prints that empty line.
 */
public record Trivia(List<Comment> leading, Comment trailing, boolean blankLineBefore, int detachedComments) {
    public static final Trivia NONE = new Trivia(List.of(), null, false);

    public Trivia {
        leading = List.copyOf(leading);
        detachedComments = Math.max(0, Math.min(detachedComments, leading.size()));
    }

    /** Trivia without detached comments (all leading comments sit directly above the node). */
    public Trivia(List<Comment> leading, Comment trailing, boolean blankLineBefore) {
        this(leading, trailing, blankLineBefore, 0);
    }

    public static Trivia docs(List<String> docLines) {
        return new Trivia(docLines.stream().map(Comment::doc).toList(), null, false);
    }

    public List<Comment> docComments() {
        return leading.stream().filter(Comment::isDoc).toList();
    }

    public Trivia withLeading(List<Comment> newLeading) {
        return new Trivia(newLeading, trailing, blankLineBefore);
    }

    public Trivia withTrailing(Comment newTrailing) {
        return new Trivia(leading, newTrailing, blankLineBefore, detachedComments);
    }

    public Trivia withBlankLineBefore(boolean blank) {
        return new Trivia(leading, trailing, blank, detachedComments);
    }

    /** The leading comments separated from the node by an empty line. */
    public List<Comment> detached() {
        return leading.subList(0, detachedComments);
    }

    /** The leading comments directly above the node. */
    public List<Comment> attached() {
        return leading.subList(detachedComments, leading.size());
    }

    public boolean isEmpty() {
        return leading.isEmpty() && trailing == null;
    }
}
