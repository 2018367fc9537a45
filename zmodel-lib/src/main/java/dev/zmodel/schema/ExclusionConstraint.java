package dev.zmodel.schema;

import java.io.Serializable;

/** A PostgreSQL EXCLUDE constraint; {@code definition} from {@code pg_get_constraintdef}. */
public record ExclusionConstraint(String name, String definition) implements Serializable {}
