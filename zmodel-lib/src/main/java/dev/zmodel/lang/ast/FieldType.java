package dev.zmodel.lang.ast;

/**
 * A field's type: a builtin ({@code String}, {@code Int}, ...), a declared model/enum/type name, or
 * {@code Unsupported("native type")} (then {@code name} is {@code "Unsupported"} and {@code unsupported}
 * holds the literal), with the {@code []} and {@code ?} modifiers.
 */
public record FieldType(String name, Expr.StringLiteral unsupported, boolean list, boolean optional, Span span) {
    public static FieldType of(String name, boolean list, boolean optional) {
        return new FieldType(name, null, list, optional, Span.NONE);
    }

    public static FieldType unsupported(String nativeType, boolean optional) {
        return new FieldType("Unsupported", Expr.StringLiteral.of(nativeType), false, optional, Span.NONE);
    }

    public boolean isUnsupported() {
        return unsupported != null;
    }

    public FieldType withOptional(boolean newOptional) {
        return new FieldType(name, unsupported, list, newOptional, span);
    }

    public FieldType withList(boolean newList) {
        return new FieldType(name, unsupported, newList, optional, span);
    }
}
