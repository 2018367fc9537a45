package dev.zmodel.pull;

import dev.zmodel.lang.ast.Argument;
import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.BlockAttribute;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.EnumValue;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Member;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one output enum. A matched enum keeps its name, comments, {@code @@map}/{@code @@schema} and other
 * attributes, and each matched value keeps its name, {@code @map}, attributes and comments; the database decides
 * which values exist and their order.
 */
final class EnumMerger {
    private static final int VALUE = 0;
    private static final int BLOCK = 1;

    private final MergePlan plan;

    EnumMerger(MergePlan plan) {
        this.plan = plan;
    }

    EnumDecl merge(EnumDecl fresh, EnumDecl existing) {
        Map<Member, Integer> freshIndex = new IdentityHashMap<>();
        Map<EnumValue, EnumValue> freshOf = new IdentityHashMap<>();
        for (int i = 0; i < fresh.members().size(); i++) {
            Member m = fresh.members().get(i);
            freshIndex.put(m, i);
            if (m instanceof EnumValue v && plan.values.containsKey(v)) {
                freshOf.putIfAbsent(plan.values.get(v), v);
            }
        }
        AnchoredList<Member> out = new AnchoredList<>();
        CommentCarry carry = new CommentCarry();
        for (Member m : existing.members()) {
            if (m instanceof EnumValue v) {
                EnumValue match = freshOf.get(v);
                Integer index = match == null ? null : freshIndex.get(match);
                if (index == null) {
                    carry.dropped(v.trivia());
                } else {
                    out.add(
                            new EnumValue(
                                    v.name(),
                                    v.attributes(),
                                    carry.onto(CommentCarry.withDocs(v.trivia(), match.trivia())),
                                    v.span()),
                            index,
                            VALUE);
                }
            } else if (m instanceof BlockAttribute b) {
                out.add(new BlockAttribute(b.attribute(), carry.onto(b.trivia())), -1, BLOCK);
            }
        }
        for (int j = 0; j < fresh.members().size(); j++) {
            Member m = fresh.members().get(j);
            if (m instanceof EnumValue v && !plan.values.containsKey(v)) {
                out.insert(added(fresh, v), j, VALUE);
            } else if (m instanceof BlockAttribute b
                    && b.attribute().name().equals("@@map")
                    && plan.options.alwaysMap()
                    && existing.attribute("@@map").isEmpty()) {
                out.insert(b, j, BLOCK);
            }
        }
        out.sortByFresh(VALUE);
        return new EnumDecl(
                existing.name(),
                out.values(),
                carry.leftover(existing.innerComments()),
                CommentCarry.withDocs(existing.trivia(), fresh.trivia()),
                existing.span());
    }

    /** A fresh enum without an existing one, in output names. */
    EnumDecl added(EnumDecl fresh) {
        List<Member> members = new ArrayList<>();
        for (Member m : fresh.members()) {
            members.add(m instanceof EnumValue v ? added(fresh, v) : m);
        }
        String name = plan.typeName(fresh.name());
        if (!name.equals(fresh.name())
                && fresh.attribute("@@map").isEmpty()
                && plan.options.enumStorage() == MergeOptions.EnumStorage.NAMED_TYPES) {
            members.add(
                    BlockAttribute.of(Attribute.of("@@map", Argument.positional(Expr.StringLiteral.of(fresh.name())))));
        }
        return new EnumDecl(name, members, fresh.innerComments(), fresh.trivia(), fresh.span());
    }

    private EnumValue added(EnumDecl fresh, EnumValue v) {
        String name = plan.valueNames.getOrDefault(fresh, Map.of()).getOrDefault(v.name(), v.name());
        if (name.equals(v.name())) {
            return v;
        }
        List<Attribute> attributes = new ArrayList<>(v.attributes());
        if (v.attribute("@map").isEmpty()) {
            attributes.add(Attribute.of("@map", Argument.positional(Expr.StringLiteral.of(v.name()))));
        }
        return new EnumValue(name, attributes, v.trivia(), v.span());
    }
}
