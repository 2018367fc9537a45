package dev.zmodel.schema;

/** A CHECK constraint; {@code expression} as the catalog prints it. */
public record CheckConstraint(String name, String expression) {}
