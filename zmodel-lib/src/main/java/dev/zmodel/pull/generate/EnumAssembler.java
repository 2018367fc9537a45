package dev.zmodel.pull.generate;

import dev.zmodel.lang.ast.Attribute;
import dev.zmodel.lang.ast.BlockAttribute;
import dev.zmodel.lang.ast.Comment;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.EnumValue;
import dev.zmodel.lang.ast.Member;
import dev.zmodel.lang.ast.Span;
import dev.zmodel.lang.ast.Trivia;
import dev.zmodel.pull.naming.Layout;

import java.util.ArrayList;
import java.util.List;

/**
 * An enum: its values in database order, each with {@code @map} when its name changed (or with
 * {@code alwaysMap}), commented-out values as {@code //} lines (prisma preset), then {@code @@map} and
 * {@code @@schema}, and the documentation.
 */
final class EnumAssembler {
    private final Layout layout;
    private final boolean alwaysMap;

    EnumAssembler(Layout layout, boolean alwaysMap) {
        this.layout = layout;
        this.alwaysMap = alwaysMap;
    }

    EnumDecl assemble(String name, List<FieldName> values, List<Attribute> blockAttributes, List<String> docs) {
        List<Member> members = new ArrayList<>();
        List<Comment> pending = new ArrayList<>();
        for (FieldName v : values) {
            if (v.commentedOut()) {
                pending.add(CommentedOut.value(EnumValue.of(v.dbName(), List.of(Attributes.map(v.dbName(), false)))));
                continue;
            }
            List<Attribute> attributes =
                    v.mapped() || alwaysMap ? List.of(Attributes.map(v.dbName(), false)) : List.of();
            members.add(new EnumValue(v.name(), attributes, new Trivia(List.copyOf(pending), null, false), Span.NONE));
            pending.clear();
        }
        boolean first = true;
        for (Attribute a : Attributes.orderBlock(layout, blockAttributes)) {
            members.add(new BlockAttribute(a, first ? new Trivia(List.copyOf(pending), null, false) : Trivia.NONE));
            if (first) {
                pending.clear();
            }
            first = false;
        }
        return new EnumDecl(name, members, List.copyOf(pending), Trivia.docs(docs), Span.NONE);
    }
}
