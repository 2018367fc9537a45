package dev.zmodel.lang.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code enum Name { A B @map("b") @@map("name") }}. Members are values and block attributes in source order. */
public record EnumDecl(String name, List<Member> members, List<Comment> innerComments, Trivia trivia, Span span)
        implements Declaration {
    public EnumDecl {
        members = List.copyOf(members);
        innerComments = List.copyOf(innerComments);
    }

    // equals and hashCode written out, with the values a record's own give: a re-pull compares every merged
    // declaration with the one it came from, and a record's own go through method handles, which a cold JVM
    // bootstraps once per record type (5-20 ms each) and runs several times slower than plain bytecode
    @Override
    public boolean equals(Object o) {
        return this == o
                || o instanceof EnumDecl e
                        && Objects.equals(name, e.name)
                        && Objects.equals(members, e.members)
                        && Objects.equals(innerComments, e.innerComments)
                        && Objects.equals(trivia, e.trivia)
                        && Objects.equals(span, e.span);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(members);
        h = 31 * h + Objects.hashCode(innerComments);
        h = 31 * h + Objects.hashCode(trivia);
        return 31 * h + Objects.hashCode(span);
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
