package dev.zmodel.schema;

import java.io.Serializable;

/** A generated (computed) column: {@code GENERATED ALWAYS AS (expression) STORED|VIRTUAL}. */
public record Generated(String expression, boolean stored) implements Serializable {}
