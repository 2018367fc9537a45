package dev.zmodel.pull;

import dev.zmodel.lang.ast.Document;
import dev.zmodel.schema.QualifiedName;

import java.util.List;
import java.util.Set;

/**
 * The fresh result of {@code db pull}'s generation half: a document with only models, views and enums (in that
 * order; no datasource, generator or plugin blocks — the merge adds the user's), and the warnings, in the order
 * the objects were generated. {@code skippedViews} are views that were read but not generated (prisma preset
 * without the {@code views} preview feature): the merge leaves existing view blocks of them as they are.
 */
public record GeneratedSchema(Document document, List<PullWarning> warnings, Set<QualifiedName> skippedViews) {
    public GeneratedSchema {
        warnings = List.copyOf(warnings);
        skippedViews = Set.copyOf(skippedViews);
    }

    public GeneratedSchema(Document document, List<PullWarning> warnings) {
        this(document, warnings, Set.of());
    }

    /** The warnings of one kind. */
    public List<PullWarning> warnings(PullWarning.Kind kind) {
        return warnings.stream().filter(w -> w.kind() == kind).toList();
    }
}
