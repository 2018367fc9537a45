package dev.zmodel.lang.ast;

import java.util.List;

/**
 * The comments that belong to a node: the ones on the lines before it ({@code leading}, doc comments
 * included, in source order) and a comment on the same line after it ({@code trailing}, may be null).
 * {@code blankLineBefore} records that the user separated this member from the previous one by an empty
 * line; the formatter keeps one such line (several collapse to one).
 */
public record Trivia(List<Comment> leading, Comment trailing, boolean blankLineBefore) {
    public static final Trivia NONE = new Trivia(List.of(), null, false);

    public Trivia {
        leading = List.copyOf(leading);
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
        return new Trivia(leading, newTrailing, blankLineBefore);
    }

    public Trivia withBlankLineBefore(boolean blank) {
        return new Trivia(leading, trailing, blank);
    }

    public boolean isEmpty() {
        return leading.isEmpty() && trailing == null;
    }
}
