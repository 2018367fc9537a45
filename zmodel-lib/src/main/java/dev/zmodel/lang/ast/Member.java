package dev.zmodel.lang.ast;

/** Something inside a model, view, type or enum body: a field, an enum value, or a block attribute. */
public sealed interface Member permits Field, EnumValue, BlockAttribute {
    Trivia trivia();

    Span span();
}
