package dev.zmodel.pull;

import dev.zmodel.lang.ast.Comment;
import dev.zmodel.lang.ast.Trivia;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the comments that belong to a position rather than to a node when the node is removed: the detached
 * comments above it (a file header, a {@code // section} comment separated by an empty line) move to the next
 * kept node, and an empty line before it is kept. Comments directly attached to a removed node go with it.
 */
final class CommentCarry {
    private final List<Comment> pending = new ArrayList<>();
    private boolean blankLine;

    void dropped(Trivia trivia) {
        pending.addAll(trivia.detached());
        blankLine |= trivia.blankLineBefore();
    }

    /** The trivia of the next kept node, with the carried comments in front. */
    Trivia onto(Trivia trivia) {
        if (pending.isEmpty() && !blankLine) {
            return trivia;
        }
        List<Comment> leading = new ArrayList<>(pending);
        leading.addAll(trivia.leading());
        Trivia out = new Trivia(
                leading,
                trivia.trailing(),
                trivia.blankLineBefore() || blankLine,
                pending.size() + trivia.detachedComments());
        pending.clear();
        blankLine = false;
        return out;
    }

    /** Comments still waiting when no node followed, to be put at the end of the block or file. */
    List<Comment> leftover(List<Comment> after) {
        List<Comment> out = new ArrayList<>(pending);
        out.addAll(after);
        pending.clear();
        return out;
    }

    private static boolean hasDoc(Trivia trivia) {
        for (Comment c : trivia.leading()) {
            if (c.isDoc()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The doc comments of a node: the user's trivia as written; a node without any {@code ///} comment gets the
     * fresh ones (database comments) after its other comments.
     */
    static Trivia withDocs(Trivia existing, Trivia fresh) {
        if (fresh.leading().isEmpty() || hasDoc(existing)) {
            return existing;
        }
        List<Comment> freshDocs = fresh.docComments();
        if (freshDocs.isEmpty() || !existing.docComments().isEmpty()) {
            return existing;
        }
        List<Comment> leading = new ArrayList<>(existing.leading());
        leading.addAll(freshDocs);
        return new Trivia(leading, existing.trailing(), existing.blankLineBefore(), existing.detachedComments());
    }
}
