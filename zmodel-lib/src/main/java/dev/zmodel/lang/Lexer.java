package dev.zmodel.lang;

import dev.zmodel.lang.ast.Comment;
import dev.zmodel.lang.ast.Position;
import dev.zmodel.lang.ast.Span;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits ZModel text into tokens and comments. Never fails: an unknown character or an unterminated string
 * or block comment is reported as a diagnostic and lexing goes on. Strings end at the end of their line
 * (an unterminated quote therefore cannot swallow the rest of the file).
 */
final class Lexer {
    /** The lexer's output: tokens (always ending with EOF), all comments in order, and lexical errors. */
    record Result(List<Token> tokens, List<Comment> comments, List<Diagnostic> diagnostics) {}

    private final String text;
    private final String file;
    private final List<Token> tokens;
    private final List<Comment> comments = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int offset;
    private int line = 1;
    private int column = 1;
    private int commentBoundary;

    private Lexer(String text, String file) {
        this.text = text;
        this.file = file;
        // a printed schema has a token for every five to six characters: sized for that, the list is rarely regrown
        this.tokens = new ArrayList<>(text.length() / 5 + 16);
    }

    static Result lex(String text, String file) {
        Lexer lexer = new Lexer(text, file);
        lexer.run();
        // The token list is not copied: nothing else holds it, and copying 10^5 tokens is a long loop on a cold JVM.
        return new Result(
                Collections.unmodifiableList(lexer.tokens),
                List.copyOf(lexer.comments),
                List.copyOf(lexer.diagnostics));
    }

    private void run() {
        while (offset < text.length()) {
            char c = text.charAt(offset);
            if (c == ' ' || c == '\t') {
                skipBlanks();
            } else if (c == '\n' || c == '\r' || c == '\f' || c == '\uFEFF') {
                advance();
            } else if (c == '/' && peek(1) == '/') {
                lineComment();
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
            } else if (isIdentStart(c)) {
                Position start = position();
                skipIdentifierPart();
                emit(TokenKind.IDENT, start);
            } else if (isDigit(c) || (c == '-' || c == '+') && isDigit(peek(1))) {
                number();
            } else if (c == '"' || c == '\'') {
                string(c);
            } else if (c == '@') {
                attributeName();
            } else {
                punctuation(c);
            }
        }
        add(TokenKind.EOF, "", position());
    }

    private void lineComment() {
        Position start = position();
        while (offset < text.length() && text.charAt(offset) != '\n') {
            advance();
        }
        String body = stripTrailingCr(text.substring(start.offset(), offset));
        Comment.Kind kind = body.startsWith("///") && !body.startsWith("////") ? Comment.Kind.DOC : Comment.Kind.LINE;
        comments.add(new Comment(kind, body.stripTrailing(), new Span(start, position())));
    }

    private void blockComment() {
        Position start = position();
        advance();
        advance();
        boolean closed = false;
        while (offset < text.length()) {
            if (text.charAt(offset) == '*' && peek(1) == '/') {
                advance();
                advance();
                closed = true;
                break;
            }
            advance();
        }
        // Trailing blanks inside the comment are dropped so that printing is stable.
        String body =
                text.substring(start.offset(), offset).replace("\r\n", "\n").replaceAll("[ \t]+\n", "\n");
        if (!closed) {
            diagnostics.add(Diagnostic.error(file, start, "unterminated block comment (missing '*/')"));
            body = body.stripTrailing() + " */";
        }
        comments.add(new Comment(Comment.Kind.BLOCK, body, new Span(start, position())));
    }

    private void number() {
        Position start = position();
        advance(); // sign or first digit
        while (isDigit(peek(0))) {
            advance();
        }
        if (peek(0) == '.' && isDigit(peek(1))) {
            advance();
            while (isDigit(peek(0))) {
                advance();
            }
        }
        emit(TokenKind.NUMBER, start);
    }

    private void string(char quote) {
        Position start = position();
        advance();
        while (offset < text.length()) {
            char c = text.charAt(offset);
            if (c == '\\'
                    && offset + 1 < text.length()
                    && text.charAt(offset + 1) != '\n'
                    && text.charAt(offset + 1) != '\r') {
                skip(2);
            } else if (c == quote) {
                skip(1);
                emit(TokenKind.STRING, start);
                return;
            } else if (c == '\n' || c == '\r') {
                break;
            } else {
                skip(1);
            }
        }
        diagnostics.add(Diagnostic.error(file, start, "unterminated string literal (strings cannot span lines)"));
        // Close the string where the line ends so the parser can go on with the next line.
        String raw = text.substring(start.offset(), offset) + quote;
        add(TokenKind.STRING, raw, start);
    }

    private void attributeName() {
        Position start = position();
        int ats = 0;
        while (peek(0) == '@' && ats < 3) {
            advance();
            ats++;
        }
        if (!isIdentStart(peek(0))) {
            diagnostics.add(
                    Diagnostic.error(file, start, "expected an attribute name after '" + "@".repeat(ats) + "'"));
            return;
        }
        while (true) {
            skipIdentifierPart();
            if (peek(0) == '.' && isIdentStart(peek(1))) {
                advance();
            } else {
                break;
            }
        }
        emit(TokenKind.ATTRIBUTE, start);
    }

    private void punctuation(char c) {
        Position start = position();
        TokenKind kind = switch (c) {
            case '{' -> TokenKind.LBRACE;
            case '}' -> TokenKind.RBRACE;
            case '(' -> TokenKind.LPAREN;
            case ')' -> TokenKind.RPAREN;
            case '[' -> TokenKind.LBRACKET;
            case ']' -> TokenKind.RBRACKET;
            case ',' -> TokenKind.COMMA;
            case ':' -> TokenKind.COLON;
            case '.' -> TokenKind.DOT;
            case '?' -> TokenKind.QUESTION;
            case '^' -> TokenKind.CARET;
            case ';' -> TokenKind.SEMICOLON;
            case '=' -> peek(1) == '=' ? TokenKind.EQ : TokenKind.ASSIGN;
            case '!' -> peek(1) == '=' ? TokenKind.NE : TokenKind.BANG;
            case '<' -> peek(1) == '=' ? TokenKind.LE : TokenKind.LT;
            case '>' -> peek(1) == '=' ? TokenKind.GE : TokenKind.GT;
            case '&' -> peek(1) == '&' ? TokenKind.AND : null;
            case '|' -> peek(1) == '|' ? TokenKind.OR : null;
            default -> null;
        };
        if (kind == null) {
            advance();
            diagnostics.add(Diagnostic.error(file, start, "unexpected character " + describe(c)));
            return;
        }
        skip(kind.symbol().length());
        // the text of a punctuation token is its symbol: no copy cut out of the source
        add(kind, kind.symbol(), start);
    }

    private static String describe(char c) {
        if (c < ' ' || Character.isISOControl(c)) {
            return String.format("U+%04X", (int) c);
        }
        return "'" + c + "'";
    }

    private void emit(TokenKind kind, Position start) {
        add(kind, text.substring(start.offset(), offset), start);
    }

    /**
     * Adds a token from {@code start} to the current offset (its range in the source, whatever its text), with the
     * comments read since the previous token.
     */
    private void add(TokenKind kind, String tokenText, Position start) {
        tokens.add(new Token(kind, tokenText, start, offset - start.offset(), commentBoundary, comments.size()));
        commentBoundary = comments.size();
    }

    private char peek(int ahead) {
        int i = offset + ahead;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    /**
     * Skips a run of blanks. Blanks and identifier characters are never line breaks, so the column moves by the
     * run's length: a printed schema is mostly alignment blanks and names, and going through {@link #advance} for
     * each of them was most of the lexer's time on a cold JVM.
     */
    private void skipBlanks() {
        int end = offset;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        skip(end - offset);
    }

    /** Skips a run of identifier characters (see {@link #skipBlanks}). */
    private void skipIdentifierPart() {
        int end = offset;
        while (end < text.length() && isIdentPart(text.charAt(end))) {
            end++;
        }
        skip(end - offset);
    }

    /** Moves past {@code count} characters that are not line breaks. */
    private void skip(int count) {
        offset += count;
        column += count;
    }

    private void advance() {
        char c = text.charAt(offset++);
        if (c == '\n') {
            line++;
            column = 1;
        } else if (c != '\r') {
            column++;
        }
    }

    private Position position() {
        return new Position(line, column, offset);
    }

    private static String stripTrailingCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    static boolean isIdentStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
