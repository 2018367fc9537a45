package dev.zmodel.schema;

import java.io.Serializable;

/** A CHECK constraint; {@code expression} as the catalog prints it. */
public record CheckConstraint(String name, String expression) implements Serializable {}
