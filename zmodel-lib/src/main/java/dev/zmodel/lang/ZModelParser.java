package dev.zmodel.lang;

import dev.zmodel.lang.ast.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses ZModel text. Never throws for bad input: syntax errors become diagnostics and a best-effort
 * {@link Document} is returned, with every comment attached to some node.
 */
public final class ZModelParser {
    private ZModelParser() {}

    /**
     * @param text the ZModel source
     * @param path the file name used in diagnostics and stored in {@link Document#path()}; may be null
     */
    public static ParseResult parse(String text, String path) {
        String file = path == null ? "<text>" : path;
        Lexer.Result lexed = Lexer.lex(text == null ? "" : text, file);
        List<Diagnostic> diagnostics = new ArrayList<>(lexed.diagnostics());
        TokenCursor cursor = new TokenCursor(lexed.tokens(), file, diagnostics);
        CommentAttacher comments = new CommentAttacher(lexed.tokens(), lexed.comments());
        Document document = new DocumentParser(cursor, comments).document(path);
        return new ParseResult(document, Diagnostic.sorted(diagnostics));
    }
}
