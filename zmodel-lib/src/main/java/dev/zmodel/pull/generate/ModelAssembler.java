package dev.zmodel.pull.generate;

import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.BlockAttribute;
import dev.zmodel.lang.ast.Comment;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.Member;
import dev.zmodel.lang.ast.Span;
import dev.zmodel.lang.ast.Trivia;
import dev.zmodel.pull.naming.Layout;
import dev.zmodel.schema.Column;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a model or view together: scalar fields in column order, relation fields where the layout puts them
 * (after the scalars, or — ZenStack — each forward field right before its first key column and the others at the
 * end), the block attributes in layout order, and the documentation. Commented-out fields become {@code //} lines
 * before the next member.
 */
final class ModelAssembler {
    /** A column's field, or the field to comment out ({@code commentedOut}). */
    record ScalarSlot(Column column, Field field, boolean commentedOut) {}

    private final Layout layout;

    ModelAssembler(Layout layout) {
        this.layout = layout;
    }

    DataModel assemble(
            DataModel.Kind kind,
            String name,
            List<ScalarSlot> scalars,
            List<RelationFields.Placed> relations,
            List<Attribute> blockAttributes,
            List<String> docs) {
        List<Object> order = new ArrayList<>();
        // by position: comparing Placed records would compare whole field trees
        boolean[] placed = new boolean[relations.size()];
        for (ScalarSlot slot : scalars) {
            if (layout.relationsBeforeForeignKey()) {
                for (int i = 0; i < placed.length; i++) {
                    RelationFields.Placed p = relations.get(i);
                    if (!placed[i] && slot.column().name().equals(p.anchorColumn())) {
                        placed[i] = true;
                        order.add(p.field());
                    }
                }
            }
            order.add(slot);
        }
        for (int i = 0; i < placed.length; i++) {
            if (!placed[i]) {
                order.add(relations.get(i).field());
            }
        }

        List<Member> members = new ArrayList<>();
        List<Comment> pending = new ArrayList<>();
        for (Object o : order) {
            if (o instanceof ScalarSlot slot && slot.commentedOut()) {
                pending.addAll(CommentedOut.field(slot.field()));
                continue;
            }
            Field f = o instanceof ScalarSlot slot ? slot.field() : (Field) o;
            members.add(pending.isEmpty() ? f : f.withTrivia(prepend(pending, f.trivia())));
            pending.clear();
        }
        List<Comment> inner = List.of();
        boolean firstBlock = true;
        for (Attribute a : Attributes.orderBlock(layout, blockAttributes)) {
            Trivia trivia = Trivia.NONE;
            if (firstBlock && !pending.isEmpty()) {
                trivia = prepend(pending, Trivia.NONE);
                pending.clear();
            }
            members.add(new BlockAttribute(a, trivia));
            firstBlock = false;
        }
        if (!pending.isEmpty()) {
            inner = List.copyOf(pending);
        }
        return new DataModel(kind, name, List.of(), null, members, inner, Trivia.docs(docs), Span.NONE);
    }

    private static Trivia prepend(List<Comment> comments, Trivia trivia) {
        List<Comment> leading = new ArrayList<>(comments);
        leading.addAll(trivia.leading());
        return new Trivia(leading, trivia.trailing(), trivia.blankLineBefore());
    }
}
