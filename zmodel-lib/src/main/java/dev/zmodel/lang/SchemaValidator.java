package dev.zmodel.lang;

import dev.zmodel.lang.ast.Document;

import java.util.List;

/**
 * Semantic checks of a whole schema (all its documents) against the standard library. Each group of rules
 * lives in its own class; docs/zmodel.md lists every rule. Never throws for bad content.
 */
public final class SchemaValidator {
    private SchemaValidator() {}

    /** Semantic diagnostics of the documents (entry first), sorted. Syntax errors are not repeated here. */
    public static List<Diagnostic> validate(List<Document> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        ValidationContext ctx = new ValidationContext(SchemaIndex.of(documents));
        DatasourceRules.check(ctx);
        DeclarationRules.check(ctx);
        AttributeRules.check(ctx);
        IdRules.check(ctx);
        RelationRules.check(ctx);
        NativeTypeRules.check(ctx);
        MappingRules.check(ctx);
        return Diagnostic.sorted(ctx.diagnostics());
    }

    public static List<Diagnostic> validate(LoadedSchema schema) {
        return validate(schema.documents());
    }
}
