package dev.zmodel.schema;

import java.io.Serializable;

/**
 * The PostgreSQL domain a column is declared with: its schema and name, and the array dimensions its base type has
 * ({@code 1} for {@code CREATE DOMAIN tags AS text[]}, {@code 0} for a scalar base, also through other domains).
 */
public record Domain(String schema, String name, int arrayDimensions) implements Serializable {
    public QualifiedName qualifiedName() {
        return new QualifiedName(schema, name);
    }
}
