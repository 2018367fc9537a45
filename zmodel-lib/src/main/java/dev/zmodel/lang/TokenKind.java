package dev.zmodel.lang;

/** The kinds of tokens of ZModel. Keywords are {@link #IDENT}s: most of them are also legal names. */
enum TokenKind {
    IDENT,
    STRING,
    NUMBER,
    /** {@code @name}, {@code @@name}, {@code @@@name}, possibly dotted ({@code @db.VarChar}). */
    ATTRIBUTE,
    LBRACE("{"),
    RBRACE("}"),
    LPAREN("("),
    RPAREN(")"),
    LBRACKET("["),
    RBRACKET("]"),
    COMMA(","),
    COLON(":"),
    ASSIGN("="),
    DOT("."),
    QUESTION("?"),
    BANG("!"),
    CARET("^"),
    SEMICOLON(";"),
    LT("<"),
    GT(">"),
    LE("<="),
    GE(">="),
    EQ("=="),
    NE("!="),
    AND("&&"),
    OR("||"),
    EOF;

    private final String symbol;

    TokenKind() {
        this(null);
    }

    TokenKind(String symbol) {
        this.symbol = symbol;
    }

    /** The punctuation this kind stands for, or null for tokens with variable text. */
    String symbol() {
        return symbol;
    }
}
