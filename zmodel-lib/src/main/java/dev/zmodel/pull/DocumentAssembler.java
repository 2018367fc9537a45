package dev.zmodel.pull;

import dev.zmodel.lang.ZModelPrinter;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.EnumDecl;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the merged declarations back into the files they came from, in the user's order: matched models,
 * views and enums replaced in place, removed ones dropped (a detached comment above them stays), every other
 * declaration ({@code datasource}, {@code generator}, {@code plugin}, {@code type}, {@code attribute},
 * {@code function}, {@code procedure}) and the imports kept; new declarations appended to the entry file in
 * the fresh order. Records what was added, removed and changed.
 */
final class DocumentAssembler {
    private final MergePlan plan;
    private final ModelMerger models;
    private final EnumMerger enums;
    private final List<DeclarationChange> changes = new ArrayList<>();

    DocumentAssembler(MergePlan plan) {
        this.plan = plan;
        Translator translator = new Translator(plan);
        this.models = new ModelMerger(plan, translator);
        this.enums = new EnumMerger(plan);
    }

    List<DeclarationChange> changes() {
        return changes;
    }

    List<Document> assemble() {
        Map<Declaration, Declaration> freshOf = new IdentityHashMap<>();
        plan.models.forEach((fresh, existing) -> freshOf.put(existing, fresh));
        for (EnumDecl fresh : plan.fresh.enums()) {
            EnumDecl existing = plan.enums.get(fresh);
            if (existing != null) {
                freshOf.putIfAbsent(existing, fresh);
            }
        }
        List<Document> documents = plan.existing.documents().isEmpty()
                ? List.of(new Document(null, List.of(), List.of(), List.of()))
                : plan.existing.documents();
        List<Document> out = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document doc = documents.get(i);
            List<Declaration> declarations = new ArrayList<>();
            CommentCarry carry = new CommentCarry();
            for (Declaration d : doc.declarations()) {
                Declaration merged = merged(d, freshOf.get(d));
                if (merged == null) {
                    carry.dropped(d.trivia());
                    changes.add(new DeclarationChange(kind(d), d.name(), DeclarationChange.Change.REMOVED));
                } else {
                    declarations.add(withTrivia(merged, carry.onto(merged.trivia())));
                }
            }
            if (i == 0) {
                declarations.addAll(added());
            }
            out.add(new Document(doc.path(), doc.imports(), declarations, carry.leftover(doc.trailingComments())));
        }
        return out;
    }

    /** The output declaration for an existing one, or null when it is removed. */
    private Declaration merged(Declaration d, Declaration fresh) {
        if (d instanceof DataModel m && m.kind() != DataModel.Kind.TYPE) {
            if (fresh != null) {
                return changed(d, models.merge((DataModel) fresh, m));
            }
            return plan.untouchedModels.contains(m) ? m : null;
        }
        if (d instanceof EnumDecl e) {
            if (fresh != null) {
                return changed(d, enums.merge((EnumDecl) fresh, e));
            }
            return plan.untouchedEnums.contains(e) ? e : null;
        }
        return d;
    }

    private Declaration changed(Declaration before, Declaration after) {
        // equal nodes print the same; only print to compare when something differs
        if (!before.equals(after) && !ZModelPrinter.print(before).equals(ZModelPrinter.print(after))) {
            changes.add(new DeclarationChange(kind(after), after.name(), DeclarationChange.Change.CHANGED));
        }
        return after;
    }

    private List<Declaration> added() {
        List<Declaration> out = new ArrayList<>();
        for (Declaration d : plan.fresh.declarations()) {
            Declaration added = null;
            if (d instanceof DataModel m && !plan.isMatched(m)) {
                added = models.added(m);
            } else if (d instanceof EnumDecl e && !plan.enums.containsKey(e)) {
                added = enums.added(e);
            }
            if (added != null) {
                out.add(added);
                changes.add(new DeclarationChange(kind(added), added.name(), DeclarationChange.Change.ADDED));
            }
        }
        return out;
    }

    private static String kind(Declaration d) {
        return d instanceof DataModel m ? m.kind().keyword() : d instanceof EnumDecl ? "enum" : "declaration";
    }

    private static Declaration withTrivia(Declaration d, dev.zmodel.lang.ast.Trivia trivia) {
        if (trivia == d.trivia()) {
            return d;
        }
        if (d instanceof DataModel m) {
            return m.withTrivia(trivia);
        }
        if (d instanceof EnumDecl e) {
            return e.withTrivia(trivia);
        }
        if (d instanceof dev.zmodel.lang.ast.ConfigBlock c) {
            return new dev.zmodel.lang.ast.ConfigBlock(
                    c.kind(), c.name(), c.fields(), c.innerComments(), trivia, c.span());
        }
        if (d instanceof dev.zmodel.lang.ast.AttributeDecl a) {
            return new dev.zmodel.lang.ast.AttributeDecl(a.name(), a.params(), a.attributes(), trivia, a.span());
        }
        if (d instanceof dev.zmodel.lang.ast.FunctionDecl f) {
            return new dev.zmodel.lang.ast.FunctionDecl(
                    f.name(), f.params(), f.returnType(), f.body(), f.attributes(), trivia, f.span());
        }
        dev.zmodel.lang.ast.ProcedureDecl p = (dev.zmodel.lang.ast.ProcedureDecl) d;
        return new dev.zmodel.lang.ast.ProcedureDecl(
                p.mutation(), p.name(), p.params(), p.returnType(), p.attributes(), trivia, p.span());
    }
}
