package dev.zmodel.pull;

import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.BlockAttribute;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.Member;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one output model or view. A matched one keeps the user's member order, comments, name, mixins and
 * base; fields and block attributes are merged ({@link FieldMerger}, {@link BlockAttributeMerger}); fields
 * whose column is gone are removed (their detached comments stay); new fields and attributes go where the
 * fresh schema has them. The database decides whether it is a {@code model} or a {@code view}.
 */
final class ModelMerger {
    private static final int FIELD = 0;
    private static final int BLOCK = 1;

    private final MergePlan plan;
    private final Translator translator;
    private final FieldMerger fields;
    private final Map<Field, Field> freshOf = new IdentityHashMap<>();

    ModelMerger(MergePlan plan, Translator translator) {
        this.plan = plan;
        this.translator = translator;
        this.fields = new FieldMerger(plan, translator);
        plan.fields.forEach((fresh, existing) -> freshOf.put(existing, fresh));
    }

    DataModel merge(DataModel fresh, DataModel existing) {
        boolean view = fresh.kind() == DataModel.Kind.VIEW;
        Map<Member, Integer> freshIndex = new IdentityHashMap<>();
        for (int i = 0; i < fresh.members().size(); i++) {
            freshIndex.put(fresh.members().get(i), i);
        }
        Set<String> outputFields = outputFieldNames(fresh, existing);
        BlockAttributeMerger blocks = new BlockAttributeMerger(plan, translator, fresh, existing);
        AnchoredList<Member> out = new AnchoredList<>();
        CommentCarry carry = new CommentCarry();
        List<String> removed = new ArrayList<>();
        List<Member> keptUserContent = new ArrayList<>();
        for (Member m : existing.members()) {
            if (m instanceof Field f) {
                Field match = freshOf.get(f);
                if (match != null && freshIndex.containsKey(match)) {
                    Field merged = fields.merge(fresh, match, f, view);
                    out.add(merged.withTrivia(carry.onto(merged.trivia())), freshIndex.get(match), FIELD);
                    keptUserContent.add(f);
                } else if (plan.keptFields.contains(f) || plan.duplicateFields.contains(f)) {
                    out.add(f.withTrivia(carry.onto(f.trivia())), -1, FIELD);
                    keptUserContent.add(f);
                } else {
                    carry.dropped(f.trivia());
                    removed.add(f.name());
                }
            } else if (m instanceof BlockAttribute b) {
                BlockAttributeMerger.Outcome o = blocks.existing(b.attribute(), outputFields);
                if (o == null) {
                    carry.dropped(b.trivia());
                } else {
                    out.add(new BlockAttribute(o.attribute(), carry.onto(b.trivia())), o.freshIndex(), BLOCK);
                    keptUserContent.add(b);
                }
            }
        }
        for (int j = 0; j < fresh.members().size(); j++) {
            if (fresh.members().get(j) instanceof Field f
                    && !plan.fields.containsKey(f)
                    && !plan.omitted.containsKey(f)) {
                out.insert(fields.added(fresh, f), j, FIELD);
            }
        }
        for (BlockAttributeMerger.Outcome o : blocks.added()) {
            out.insert(BlockAttribute.of(o.attribute()), o.freshIndex(), BLOCK);
        }
        StaleReferences.check(plan, existing.name(), removed, keptUserContent);
        return new DataModel(
                fresh.kind(),
                existing.name(),
                existing.mixins(),
                existing.superModel(),
                out.values(),
                carry.leftover(existing.innerComments()),
                CommentCarry.withDocs(existing.trivia(), fresh.trivia()),
                existing.span());
    }

    /** A fresh model without an existing one, in output names. */
    DataModel added(DataModel fresh) {
        List<Member> members = new ArrayList<>();
        for (Member m : fresh.members()) {
            if (m instanceof Field f) {
                if (!plan.omitted.containsKey(f)) {
                    members.add(fields.added(fresh, f));
                }
            } else if (m instanceof BlockAttribute b) {
                members.add(new BlockAttribute(translator.blockAttribute(fresh, b.attribute()), b.trivia()));
            }
        }
        String name = plan.typeName(fresh.name());
        if (!name.equals(fresh.name()) && fresh.attribute("@@map").isEmpty()) {
            members.add(
                    BlockAttribute.of(Attribute.of("@@map", Argument.positional(Expr.StringLiteral.of(fresh.name())))));
        }
        return new DataModel(
                fresh.kind(),
                name,
                fresh.mixins(),
                fresh.superModel(),
                members,
                fresh.innerComments(),
                fresh.trivia(),
                fresh.span());
    }

    private Set<String> outputFieldNames(DataModel fresh, DataModel existing) {
        Set<String> names = new HashSet<>();
        plan.existing.inherited(existing).forEach(f -> names.add(f.name()));
        for (Field f : existing.fields()) {
            if (freshOf.containsKey(f) || plan.keptFields.contains(f) || plan.duplicateFields.contains(f)) {
                names.add(f.name());
            }
        }
        for (Field f : fresh.fields()) {
            names.add(plan.fieldName(fresh, f.name()));
        }
        return names;
    }
}
