package dev.zmodel.lang;

import dev.zmodel.lang.ast.Position;
import dev.zmodel.lang.ast.Span;

/**
 * A token with its source range. {@code commentStart}/{@code commentEnd} index the comments (in the lexer's
 * comment list) that stand between the previous token and this one.
 */
record Token(TokenKind kind, String text, Position start, Position end, int commentStart, int commentEnd) {
    Span span() {
        return new Span(start, end);
    }

    boolean is(TokenKind k) {
        return kind == k;
    }

    boolean isWord(String word) {
        return kind == TokenKind.IDENT && text.equals(word);
    }

    /** How the token is shown in messages: {@code 'x'}, or "end of file". */
    String describe() {
        return kind == TokenKind.EOF ? "end of file" : "'" + text + "'";
    }
}
