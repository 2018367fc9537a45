package dev.zmodel.lang.ast;

/** A point in a source text: 1-based line and column, 0-based character offset. */
public record Position(int line, int column, int offset) {
    public static final Position NONE = new Position(0, 0, -1);

    public boolean isKnown() {
        return offset >= 0;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
