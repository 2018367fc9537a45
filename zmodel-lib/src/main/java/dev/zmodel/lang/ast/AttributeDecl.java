package dev.zmodel.lang.ast;

import java.util.List;

/**
 * {@code attribute @name(_ p: Type, q: Type?) @@@internal}. {@code name} includes the {@code @} characters.
 */
public record AttributeDecl(
        String name, List<AttributeParam> params, List<Attribute> attributes, Trivia trivia, Span span)
        implements Declaration {
    public AttributeDecl {
        params = List.copyOf(params);
        attributes = List.copyOf(attributes);
    }

    /** A parameter; {@code positional} is the {@code _} marker of the default (unnamed) parameter. */
    public record AttributeParam(
            boolean positional, String name, TypeRef type, List<Attribute> attributes, Trivia trivia, Span span) {
        public AttributeParam {
            attributes = List.copyOf(attributes);
        }
    }
}
