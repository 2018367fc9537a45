package dev.zmodel.lang.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code model}, {@code view} or {@code type} declaration. {@code mixins} are the {@code with} types,
 * {@code superModel} the {@code extends} base (null if none). Members keep source order: fields and
 * block attributes interleaved as written.
 */
public record DataModel(
        Kind kind,
        String name,
        List<String> mixins,
        String superModel,
        List<Member> members,
        List<Comment> innerComments,
        Trivia trivia,
        Span span)
        implements Declaration {
    public enum Kind {
        MODEL("model"),
        VIEW("view"),
        TYPE("type");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    public DataModel {
        mixins = List.copyOf(mixins);
        members = List.copyOf(members);
        innerComments = List.copyOf(innerComments);
    }

    // equals and hashCode written out, with the values a record's own give: a re-pull compares every merged
    // declaration with the one it came from, and a record's own go through method handles, which a cold JVM
    // bootstraps once per record type (5-20 ms each) and runs several times slower than plain bytecode
    @Override
    public boolean equals(Object o) {
        return this == o
                || o instanceof DataModel m
                        && kind == m.kind
                        && Objects.equals(name, m.name)
                        && Objects.equals(mixins, m.mixins)
                        && Objects.equals(superModel, m.superModel)
                        && Objects.equals(members, m.members)
                        && Objects.equals(innerComments, m.innerComments)
                        && Objects.equals(trivia, m.trivia)
                        && Objects.equals(span, m.span);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(kind);
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(mixins);
        h = 31 * h + Objects.hashCode(superModel);
        h = 31 * h + Objects.hashCode(members);
        h = 31 * h + Objects.hashCode(innerComments);
        h = 31 * h + Objects.hashCode(trivia);
        return 31 * h + Objects.hashCode(span);
    }

    public List<Field> fields() {
        return AstLists.ofType(members, Field.class);
    }

    public List<Attribute> attributes() {
        return AstLists.blockAttributes(members);
    }

    public Optional<Field> field(String fieldName) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i) instanceof Field f && f.name().equals(fieldName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public Optional<Attribute> attribute(String attributeName) {
        return AstLists.firstBlock(members, attributeName);
    }

    public List<Attribute> attributes(String attributeName) {
        return attributes().stream().filter(a -> a.name().equals(attributeName)).toList();
    }

    public DataModel withMembers(List<Member> newMembers) {
        return new DataModel(kind, name, mixins, superModel, newMembers, innerComments, trivia, span);
    }

    public DataModel withName(String newName) {
        return new DataModel(kind, newName, mixins, superModel, members, innerComments, trivia, span);
    }

    public DataModel withTrivia(Trivia newTrivia) {
        return new DataModel(kind, name, mixins, superModel, members, innerComments, newTrivia, span);
    }
}
