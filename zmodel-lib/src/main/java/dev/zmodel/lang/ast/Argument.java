package dev.zmodel.lang.ast;

/** An argument of an attribute or invocation: positional when {@code name} is null, else {@code name: value}. */
public record Argument(String name, Expr value, Span span) {
    public static Argument positional(Expr value) {
        return new Argument(null, value, Span.NONE);
    }

    public static Argument named(String name, Expr value) {
        return new Argument(name, value, Span.NONE);
    }

    public boolean isPositional() {
        return name == null;
    }
}
