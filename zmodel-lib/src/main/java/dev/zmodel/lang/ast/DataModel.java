package dev.zmodel.lang.ast;

import java.util.List;
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
