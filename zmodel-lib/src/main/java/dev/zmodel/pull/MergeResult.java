package dev.zmodel.pull;

import dev.zmodel.lang.ast.Document;

import java.util.List;

/**
 * The merged schema: one document per existing file (same order and paths; the entry file first, new
 * declarations appended to it), the merge's own warnings and what changed per declaration.
 */
public record MergeResult(List<Document> documents, List<MergeWarning> warnings, List<DeclarationChange> changes) {
    public MergeResult {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
        changes = List.copyOf(changes);
    }
}
