package dev.zmodel.lang.ast;

import java.util.List;

/**
 * {@code function name(p: Type, q: Type?): Return { body? } @@@attrs}. {@code body} may be null (empty
 * braces).
 */
public record FunctionDecl(
        String name,
        List<Param> params,
        TypeRef returnType,
        Expr body,
        List<Attribute> attributes,
        Trivia trivia,
        Span span)
        implements Declaration {
    public FunctionDecl {
        params = List.copyOf(params);
        attributes = List.copyOf(attributes);
    }

    /** A function or procedure parameter: {@code name: Type[]?}. */
    public record Param(String name, TypeRef type, Trivia trivia, Span span) {}
}
