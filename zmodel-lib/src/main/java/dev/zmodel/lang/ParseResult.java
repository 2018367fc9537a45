package dev.zmodel.lang;

import dev.zmodel.lang.ast.Document;

import java.util.List;

/** A parsed document (best effort when there are errors) and its syntax diagnostics, in source order. */
public record ParseResult(Document document, List<Diagnostic> diagnostics) {
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return Diagnostic.anyError(diagnostics);
    }
}
