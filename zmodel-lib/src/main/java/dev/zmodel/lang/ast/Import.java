package dev.zmodel.lang.ast;

/** {@code import "path"} (the {@code .zmodel} extension may be omitted). {@code semicolon} as written. */
public record Import(Expr.StringLiteral path, boolean semicolon, Trivia trivia, Span span) {}
