package dev.zmodel.pull;

import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.EnumDecl;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges a freshly introspected schema (models, views and enums only, as {@code PullGenerator} writes them)
 * into the user's existing schema (docs/db-pull.md#what-the-merge-keeps-and-what-the-database-decides): the
 * database decides tables, columns, types, nullability, keys, indexes and foreign keys; the user's schema keeps
 * everything the database cannot express — order, comments, names (matched through {@code @map}/{@code @@map},
 * foreign key columns and relation names), {@code @updatedAt}, {@code @ignore}, client-side defaults, policies,
 * validation, {@code @computed} fields, typed JSON, every non-model declaration and the file each declaration lives in.
 * Merging the same fresh schema into the result again changes nothing.
 *
 * <p>The work is split into steps, each a small class: {@link ModelMatcher}, {@link FieldMatcher},
 * {@link RelationMatcher} and {@link EnumMatcher} pair fresh and existing nodes; {@link OutputNames} decides
 * names; {@link ModelMerger}, {@link FieldMerger}, {@link FieldAttributeMerger}, {@link BlockAttributeMerger}
 * and {@link EnumMerger} build the output; {@link DocumentAssembler} puts it back into the files.
 */
public final class SchemaMerger {
    private SchemaMerger() {}

    /**
     * @param existing the documents of the user's schema, entry file first (may be empty: no schema yet)
     * @param fresh    the introspected models, views and enums
     */
    public static MergeResult merge(List<Document> existing, Document fresh, MergeOptions options) {
        MergeResult merged = mergeDeclarations(CommentedOutModels.strip(existing), fresh, options);
        return new MergeResult(
                CommentedOutModels.append(merged.documents(), fresh), merged.warnings(), merged.changes());
    }

    private static MergeResult mergeDeclarations(List<Document> existing, Document fresh, MergeOptions options) {
        if (!declaresTypes(existing)) {
            return appendAll(existing, fresh);
        }
        MergePlan plan = new MergePlan(new ExistingSchema(existing, options), new FreshSchema(fresh, options), options);
        ModelMatcher.match(plan);
        FieldMatcher.match(plan);
        RelationMatcher.match(plan);
        EnumMatcher.match(plan);
        OutputNames.assign(plan);
        DocumentAssembler assembler = new DocumentAssembler(plan);
        List<Document> documents = assembler.assemble();
        return new MergeResult(documents, plan.warnings, assembler.changes());
    }

    /** Whether any existing file declares a model, view, type or enum (something a fresh name could meet). */
    private static boolean declaresTypes(List<Document> existing) {
        for (Document d : existing) {
            for (Declaration decl : d.declarations()) {
                if (decl instanceof DataModel || decl instanceof EnumDecl) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A schema without models, views, types and enums (a first pull): nothing to match and no name to avoid, so
     * the fresh declarations are appended to the entry file as they are.
     */
    private static MergeResult appendAll(List<Document> existing, Document fresh) {
        List<Document> out = new ArrayList<>(
                existing.isEmpty() ? List.of(new Document(null, List.of(), List.of(), List.of())) : existing);
        List<Declaration> declarations = new ArrayList<>(out.get(0).declarations());
        List<DeclarationChange> changes = new ArrayList<>();
        for (Declaration d : FreshSchema.declarations(fresh)) {
            declarations.add(d);
            changes.add(new DeclarationChange(
                    d instanceof DataModel m ? m.kind().keyword() : "enum", d.name(), DeclarationChange.Change.ADDED));
        }
        out.set(0, out.get(0).withDeclarations(declarations));
        return new MergeResult(out, List.of(), changes);
    }
}
