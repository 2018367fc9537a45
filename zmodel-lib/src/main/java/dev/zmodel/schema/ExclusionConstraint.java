package dev.zmodel.schema;

/** A PostgreSQL EXCLUDE constraint; {@code definition} from {@code pg_get_constraintdef}. */
public record ExclusionConstraint(String name, String definition) {}
