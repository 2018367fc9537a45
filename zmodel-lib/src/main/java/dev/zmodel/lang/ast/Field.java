package dev.zmodel.lang.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A field of a model, view or type: {@code name Type? @attr(...) ...}. */
public record Field(String name, FieldType type, List<Attribute> attributes, Trivia trivia, Span span)
        implements Member {
    public Field {
        attributes = List.copyOf(attributes);
    }

    // equals and hashCode written out, with the values a record's own give: a re-pull compares every merged
    // declaration with the one it came from, and a record's own go through method handles, which a cold JVM
    // bootstraps once per record type (5-20 ms each) and runs several times slower than plain bytecode
    @Override
    public boolean equals(Object o) {
        return this == o
                || o instanceof Field f
                        && Objects.equals(name, f.name)
                        && Objects.equals(type, f.type)
                        && Objects.equals(attributes, f.attributes)
                        && Objects.equals(trivia, f.trivia)
                        && Objects.equals(span, f.span);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(type);
        h = 31 * h + Objects.hashCode(attributes);
        h = 31 * h + Objects.hashCode(trivia);
        return 31 * h + Objects.hashCode(span);
    }

    public static Field of(String name, FieldType type, List<Attribute> attributes) {
        return new Field(name, type, attributes, Trivia.NONE, Span.NONE);
    }

    public Optional<Attribute> attribute(String attributeName) {
        return AstLists.first(attributes, attributeName);
    }

    public boolean has(String attributeName) {
        return attribute(attributeName).isPresent();
    }

    public Field withName(String newName) {
        return new Field(newName, type, attributes, trivia, span);
    }

    public Field withType(FieldType newType) {
        return new Field(name, newType, attributes, trivia, span);
    }

    public Field withAttributes(List<Attribute> newAttributes) {
        return new Field(name, type, newAttributes, trivia, span);
    }

    public Field withTrivia(Trivia newTrivia) {
        return new Field(name, type, attributes, newTrivia, span);
    }
}
