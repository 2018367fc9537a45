package dev.zmodel.lang.ast;

import java.util.List;
import java.util.Optional;

/** A member of an enum, with its attributes (e.g. {@code @map("x")}). */
public record EnumValue(String name, List<Attribute> attributes, Trivia trivia, Span span) implements Member {
    public EnumValue {
        attributes = List.copyOf(attributes);
    }

    public static EnumValue of(String name, List<Attribute> attributes) {
        return new EnumValue(name, attributes, Trivia.NONE, Span.NONE);
    }

    public Optional<Attribute> attribute(String attributeName) {
        return AstLists.first(attributes, attributeName);
    }
}
