package dev.zmodel.lang.ast;

import java.util.List;

/** {@code [mutation] procedure name(p: Type): Return @@@attrs}. */
public record ProcedureDecl(
        boolean mutation,
        String name,
        List<FunctionDecl.Param> params,
        TypeRef returnType,
        List<Attribute> attributes,
        Trivia trivia,
        Span span)
        implements Declaration {
    public ProcedureDecl {
        params = List.copyOf(params);
        attributes = List.copyOf(attributes);
    }
}
