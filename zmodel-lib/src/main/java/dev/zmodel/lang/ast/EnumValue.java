package dev.zmodel.lang.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A member of an enum, with its attributes (e.g. {@code @map("x")}). */
public record EnumValue(String name, List<Attribute> attributes, Trivia trivia, Span span) implements Member {
    public EnumValue {
        attributes = List.copyOf(attributes);
    }

    // equals and hashCode written out, with the values a record's own give: a re-pull compares every merged
    // declaration with the one it came from, and a record's own go through method handles, which a cold JVM
    // bootstraps once per record type (5-20 ms each) and runs several times slower than plain bytecode
    @Override
    public boolean equals(Object o) {
        return this == o
                || o instanceof EnumValue v
                        && Objects.equals(name, v.name)
                        && Objects.equals(attributes, v.attributes)
                        && Objects.equals(trivia, v.trivia)
                        && Objects.equals(span, v.span);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(attributes);
        h = 31 * h + Objects.hashCode(trivia);
        return 31 * h + Objects.hashCode(span);
    }

    public static EnumValue of(String name, List<Attribute> attributes) {
        return new EnumValue(name, attributes, Trivia.NONE, Span.NONE);
    }

    public Optional<Attribute> attribute(String attributeName) {
        return AstLists.first(attributes, attributeName);
    }
}
