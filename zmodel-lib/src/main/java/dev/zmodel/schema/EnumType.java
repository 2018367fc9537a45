package dev.zmodel.schema;

import java.io.Serializable;
import java.util.List;

/** A PostgreSQL enum type with its values in declaration order ({@code enumsortorder}). */
public record EnumType(String schema, String name, List<String> values, String comment) implements Serializable {
    public EnumType {
        values = List.copyOf(values);
    }

    public QualifiedName qualifiedName() {
        return new QualifiedName(schema, name);
    }
}
