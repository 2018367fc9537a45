package dev.zmodel.lang.ast;

/** A model-level attribute ({@code @@...}) as a member of a model/view/type/enum body, with its comments. */
public record BlockAttribute(Attribute attribute, Trivia trivia) implements Member {
    public static BlockAttribute of(Attribute attribute) {
        return new BlockAttribute(attribute, Trivia.NONE);
    }

    @Override
    public Span span() {
        return attribute.span();
    }
}
