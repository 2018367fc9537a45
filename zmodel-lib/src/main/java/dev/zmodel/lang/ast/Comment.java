package dev.zmodel.lang.ast;

/**
 * A comment as written, including its markers ({@code ///}, {@code //}, or the whole {@code /* ... * /}
 * block). Doc comments ({@code ///}) are documentation of the node that follows them; the others are kept
 * so that formatting and {@code db pull} never drop what the user wrote.
 */
public record Comment(Kind kind, String text, Span span) {
    public enum Kind {
        DOC,
        LINE,
        BLOCK
    }

    public static Comment doc(String content) {
        return new Comment(Kind.DOC, content.isEmpty() ? "///" : "/// " + content, Span.NONE);
    }

    public static Comment line(String content) {
        return new Comment(Kind.LINE, content.isEmpty() ? "//" : "// " + content, Span.NONE);
    }

    /** For a doc comment: the text after {@code ///} and one optional space. */
    public String docText() {
        String t = text;
        if (t.startsWith("///")) {
            t = t.substring(3);
        } else if (t.startsWith("//")) {
            t = t.substring(2);
        }
        return t.startsWith(" ") ? t.substring(1) : t;
    }

    public boolean isDoc() {
        return kind == Kind.DOC;
    }
}
