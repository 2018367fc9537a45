package dev.zmodel.pull;

import dev.zmodel.lang.ast.Document;

import java.util.List;

/**
 * The fresh result of {@code db pull}'s generation half: a document with only models, views and enums (in that
 * order; no datasource, generator or plugin blocks — the merge adds the user's), and the warnings, in the order
 * the objects were generated.
 */
public record GeneratedSchema(Document document, List<PullWarning> warnings) {
    public GeneratedSchema {
        warnings = List.copyOf(warnings);
    }

    /** The warnings of one kind. */
    public List<PullWarning> warnings(PullWarning.Kind kind) {
        return warnings.stream().filter(w -> w.kind() == kind).toList();
    }
}
