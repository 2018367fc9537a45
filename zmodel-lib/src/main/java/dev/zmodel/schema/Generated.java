package dev.zmodel.schema;

/** A generated (computed) column: {@code GENERATED ALWAYS AS (expression) STORED|VIRTUAL}. */
public record Generated(String expression, boolean stored) {}
