package dev.zmodel.schema;

import java.io.Serializable;

/**
 * A PostgreSQL extension ({@code CREATE EXTENSION}).
 *
 * @param name   the extension's name as the server knows it ({@code uuid-ossp}, {@code citext})
 * @param schema the schema its objects live in; null when not stated (the model: the server then picks the first
 *               schema of the search path)
 */
public record Extension(String name, String schema) implements Serializable {}
