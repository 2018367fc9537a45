package dev.zmodel.schema;

import java.io.Serializable;
import java.util.List;

/** A view (or PostgreSQL materialized view) with its columns and SQL definition. */
public record View(
        String schema, String name, List<Column> columns, String definition, boolean materialized, String comment)
        implements Serializable {
    public View {
        columns = List.copyOf(columns);
    }

    public QualifiedName qualifiedName() {
        return new QualifiedName(schema, name);
    }
}
