package dev.zmodel.lang;

import dev.zmodel.lang.ast.Position;
import dev.zmodel.lang.ast.Span;

import java.util.List;

/** A position in the token list, with the parser's diagnostics. The last token is always EOF. */
final class TokenCursor {
    /** An array, not the lexer's list: the parser looks at the current token for nearly every decision. */
    private final Token[] tokens;

    private final String file;
    private final List<Diagnostic> diagnostics;
    private int index;

    TokenCursor(List<Token> tokens, String file, List<Diagnostic> diagnostics) {
        this.tokens = tokens.toArray(new Token[0]);
        this.file = file;
        this.diagnostics = diagnostics;
    }

    Token peek() {
        return tokens[index];
    }

    Token peek(int ahead) {
        return tokens[Math.min(index + ahead, tokens.length - 1)];
    }

    /** The last consumed token (the first token when nothing was consumed yet). */
    Token previous() {
        return tokens[Math.max(index - 1, 0)];
    }

    int index() {
        return index;
    }

    Token at(int i) {
        return tokens[i];
    }

    boolean atEnd() {
        return peek().is(TokenKind.EOF);
    }

    boolean at(TokenKind kind) {
        return peek().is(kind);
    }

    boolean atWord(String word) {
        return peek().isWord(word);
    }

    /** Consumes and returns the current token; at EOF returns EOF without moving. */
    Token next() {
        Token t = peek();
        if (!t.is(TokenKind.EOF)) {
            index++;
        }
        return t;
    }

    boolean accept(TokenKind kind) {
        if (at(kind)) {
            next();
            return true;
        }
        return false;
    }

    /** True when the current token starts a line below the previous token. */
    boolean onNewLine() {
        return index > 0 && peek().start().line() > previous().endLine();
    }

    /** A name: identifiers, and keywords (which ZModel allows as names). */
    boolean atName() {
        return at(TokenKind.IDENT);
    }

    void error(Position at, String message) {
        diagnostics.add(Diagnostic.error(file, at, message));
    }

    void error(Token at, String message) {
        error(at.start(), message);
    }

    /** Reports "expected X but found Y" at the current token. */
    void expected(String what) {
        error(peek(), "expected " + what + " but found " + peek().describe());
    }

    Span spanFrom(Token first) {
        return new Span(first.start(), previous().end());
    }

    String file() {
        return file;
    }
}
