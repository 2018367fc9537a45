package dev.zmodel.lang.ast;

/** A top-level declaration of a ZModel document. */
public sealed interface Declaration
        permits ConfigBlock, DataModel, EnumDecl, AttributeDecl, FunctionDecl, ProcedureDecl {
    String name();

    Trivia trivia();

    Span span();
}
