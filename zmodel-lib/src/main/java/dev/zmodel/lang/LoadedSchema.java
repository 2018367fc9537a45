package dev.zmodel.lang;

import dev.zmodel.lang.ast.Document;

import java.nio.file.Path;
import java.util.List;

/**
 * A schema read from disk: the entry file and every file it imports (entry first, then in import order),
 * with the syntax and loading diagnostics of all of them (sorted). Semantic checks are not included; see
 * {@link ZModelFiles#validate(Path)}.
 */
public record LoadedSchema(Path entry, List<Document> documents, List<Diagnostic> diagnostics) {
    public LoadedSchema {
        documents = List.copyOf(documents);
        diagnostics = Diagnostic.sorted(diagnostics);
    }

    /** The entry file's document; an empty document when the entry could not be read. */
    public Document entryDocument() {
        return documents.isEmpty() ? new Document(entry.toString(), List.of(), List.of(), List.of()) : documents.get(0);
    }

    public boolean hasErrors() {
        return Diagnostic.anyError(diagnostics);
    }
}
