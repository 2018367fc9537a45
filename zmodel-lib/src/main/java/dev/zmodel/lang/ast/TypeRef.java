package dev.zmodel.lang.ast;

/**
 * A type in attribute/function/procedure declarations: {@code String}, {@code FieldReference[]},
 * {@code ContextType}, {@code Any?}, a model or enum name.
 */
public record TypeRef(String name, boolean list, boolean optional, Span span) {
    public static TypeRef of(String name) {
        return new TypeRef(name, false, false, Span.NONE);
    }
}
