package dev.zmodel.lang.ast;

/** {@code name = value} inside a datasource/generator/plugin block. */
public record ConfigField(String name, Expr value, Trivia trivia, Span span) {
    public static ConfigField of(String name, Expr value) {
        return new ConfigField(name, value, Trivia.NONE, Span.NONE);
    }
}
