package dev.zmodel.lang.ast;

import java.util.List;
import java.util.Optional;

/** {@code enum Name { A B @map("b") @@map("name") }}. Members are values and block attributes in source order. */
public record EnumDecl(String name, List<Member> members, List<Comment> innerComments, Trivia trivia, Span span)
        implements Declaration {
    public EnumDecl {
        members = List.copyOf(members);
        innerComments = List.copyOf(innerComments);
    }

    public List<EnumValue> values() {
        return AstLists.ofType(members, EnumValue.class);
    }

    public List<Attribute> attributes() {
        return AstLists.blockAttributes(members);
    }

    public Optional<Attribute> attribute(String attributeName) {
        return AstLists.firstBlock(members, attributeName);
    }

    public EnumDecl withMembers(List<Member> newMembers) {
        return new EnumDecl(name, newMembers, innerComments, trivia, span);
    }

    public EnumDecl withTrivia(Trivia newTrivia) {
        return new EnumDecl(name, members, innerComments, newTrivia, span);
    }
}
