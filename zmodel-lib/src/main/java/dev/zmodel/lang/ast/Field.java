package dev.zmodel.lang.ast;

import java.util.List;
import java.util.Optional;

/** A field of a model, view or type: {@code name Type? @attr(...) ...}. */
public record Field(String name, FieldType type, List<Attribute> attributes, Trivia trivia, Span span)
        implements Member {
    public Field {
        attributes = List.copyOf(attributes);
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
