package dev.zmodel.lang;

import dev.zmodel.lang.ast.Comment;
import dev.zmodel.lang.ast.Span;
import dev.zmodel.lang.ast.Trivia;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands out the lexer's comments to AST nodes so that none is lost. Each comment is claimed exactly once:
 * as a leading comment (lines before a node), a trailing comment (same line after a node), an inner
 * comment (before a closing brace), or — for comments written between the tokens of one node — as an
 * extra leading/trailing comment of that node. Whatever is left at the end goes to the document's trailing
 * comments.
 */
final class CommentAttacher {
    private final List<Token> tokens;
    private final List<Comment> comments;
    private final boolean[] claimed;

    private static final Trivia BLANK_LINE_BEFORE = new Trivia(List.of(), null, true);

    CommentAttacher(List<Token> tokens, List<Comment> comments) {
        this.tokens = tokens;
        this.comments = comments;
        this.claimed = new boolean[comments.size()];
    }

    /** Leading comments of the node whose first token is {@code tokens[first]}, with blank-line facts. */
    Trivia leading(int first) {
        Token token = tokens.get(first);
        int previousEndLine = first > 0 ? tokens.get(first - 1).endLine() : 0;
        // most nodes have no comment before them: no list to make, and one of two shared trivia to return
        List<Comment> leading = token.commentStart() == token.commentEnd() ? List.of() : new ArrayList<>();
        for (int i = token.commentStart(); i < token.commentEnd(); i++) {
            if (claimed[i]) {
                previousEndLine =
                        Math.max(previousEndLine, comments.get(i).span().end().line());
            } else {
                claimed[i] = true;
                leading.add(comments.get(i));
            }
        }
        int firstLine = leading.isEmpty()
                ? token.start().line()
                : leading.get(0).span().start().line();
        boolean blankBefore = previousEndLine > 0 && firstLine - previousEndLine >= 2;
        if (leading.isEmpty()) {
            return blankBefore ? BLANK_LINE_BEFORE : Trivia.NONE;
        }
        return new Trivia(leading, null, blankBefore, detachedCount(leading, token));
    }

    /**
     * How many leading comments are separated from the node by a blank line (e.g. a file header). A doc
     * comment is never detached: {@code ///} always documents the node below it.
     */
    private static int detachedCount(List<Comment> leading, Token node) {
        for (int g = leading.size(); g >= 1; g--) {
            int nextLine = g == leading.size()
                    ? node.start().line()
                    : leading.get(g).span().start().line();
            Comment before = leading.get(g - 1);
            if (nextLine - before.span().end().line() >= 2 && !before.isDoc()) {
                return g;
            }
        }
        return 0;
    }

    /** Comments on the same line right after {@code tokens[last]}; several are joined into one. */
    Comment trailing(int last) {
        if (last + 1 >= tokens.size()) {
            return null;
        }
        Token lastToken = tokens.get(last);
        Token next = tokens.get(last + 1);
        if (next.commentStart() == next.commentEnd()) {
            return null;
        }
        List<Comment> sameLine = new ArrayList<>();
        for (int i = next.commentStart(); i < next.commentEnd(); i++) {
            Comment c = comments.get(i);
            if (!claimed[i] && c.span().start().line() == lastToken.endLine()) {
                claimed[i] = true;
                sameLine.add(c);
            }
        }
        return join(sameLine);
    }

    /** Unclaimed comments written between the tokens {@code first..last} of one node (an empty list is immutable). */
    List<Comment> interior(int first, int last) {
        List<Comment> found = null;
        for (int t = first + 1; t <= last && t < tokens.size(); t++) {
            Token token = tokens.get(t);
            for (int i = token.commentStart(); i < token.commentEnd(); i++) {
                if (!claimed[i]) {
                    claimed[i] = true;
                    if (found == null) {
                        found = new ArrayList<>();
                    }
                    found.add(comments.get(i));
                }
            }
        }
        return found == null ? List.of() : found;
    }

    /** Unclaimed comments before {@code tokens[closing]} (a closing brace, or EOF). */
    List<Comment> before(int closing) {
        Token token = tokens.get(closing);
        List<Comment> found = new ArrayList<>();
        for (int i = token.commentStart(); i < token.commentEnd(); i++) {
            if (!claimed[i]) {
                claimed[i] = true;
                found.add(comments.get(i));
            }
        }
        return found;
    }

    /** Every comment nobody claimed (only possible around syntax errors). */
    List<Comment> unclaimed() {
        List<Comment> rest = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            if (!claimed[i]) {
                claimed[i] = true;
                rest.add(comments.get(i));
            }
        }
        return rest;
    }

    /**
     * Completes a node's trivia once its last token {@code tokens[last]} is parsed: the same-line comment
     * after it becomes the trailing comment, and comments written between its tokens are kept too — in the
     * trailing slot if it is free and {@code interiorMayTrail} (one-line nodes such as fields), otherwise
     * after the leading comments, so that the printed node keeps them on their own line.
     */
    Trivia complete(Trivia base, int first, int last, boolean interiorMayTrail) {
        Comment trailing = trailing(last);
        List<Comment> inside = interior(first, last);
        if (inside.isEmpty() && (trailing == null || base.trailing() == null)) {
            // the common case: at most a same-line comment to add, the leading comments stay as they are
            return trailing == null ? base : base.withTrailing(trailing);
        }
        List<Comment> leading = new ArrayList<>(base.leading());
        if (trailing == null && !inside.isEmpty() && interiorMayTrail) {
            trailing = inside.remove(inside.size() - 1);
        }
        leading.addAll(inside);
        Comment t = base.trailing() != null ? base.trailing() : trailing;
        if (base.trailing() != null && trailing != null) {
            leading.add(trailing);
        }
        return new Trivia(leading, t, base.blankLineBefore(), base.detachedComments());
    }

    private static Comment join(List<Comment> sameLine) {
        if (sameLine.isEmpty()) {
            return null;
        }
        if (sameLine.size() == 1) {
            return sameLine.get(0);
        }
        StringBuilder text = new StringBuilder();
        for (Comment c : sameLine) {
            text.append(text.length() == 0 ? "" : " ").append(c.text());
        }
        Comment last = sameLine.get(sameLine.size() - 1);
        return new Comment(
                last.kind(),
                text.toString(),
                new Span(sameLine.get(0).span().start(), last.span().end()));
    }
}
