package dev.zmodel.lang.ast;

/**
 * The source range of a node. Nodes built in code (e.g. by {@code db pull}) carry {@link #NONE}.
 */
public record Span(Position start, Position end) {
    public static final Span NONE = new Span(Position.NONE, Position.NONE);

    public boolean isKnown() {
        return start.isKnown();
    }

    public static Span between(Span first, Span last) {
        return new Span(first.start(), last.end());
    }
}
