package dev.zmodel.lang;

import dev.zmodel.lang.ast.Position;
import dev.zmodel.lang.ast.Span;

/**
 * A token with its source range: it starts at {@code start} and covers {@code length} characters of its line (no
 * token spans lines). {@code commentStart}/{@code commentEnd} index the comments (in the lexer's comment list) that
 * stand between the previous token and this one. The end is worked out when asked for: a large schema has hundreds
 * of thousands of tokens and the parser needs the end of few of them.
 */
record Token(TokenKind kind, String text, Position start, int length, int commentStart, int commentEnd) {
    Position end() {
        return new Position(start.line(), start.column() + length, start.offset() + length);
    }

    /** The line the token ends on: the line it starts on. */
    int endLine() {
        return start.line();
    }

    Span span() {
        return new Span(start, end());
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
