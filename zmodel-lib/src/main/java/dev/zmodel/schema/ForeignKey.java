package dev.zmodel.schema;

import java.io.Serializable;
import java.util.List;

/**
 * A foreign key. {@code name} is null for SQLite foreign keys declared without {@code CONSTRAINT name}
 * (e.g. inline {@code REFERENCES}). {@code referencedSchema} is null where schemas do not apply.
 */
public record ForeignKey(
        String name,
        List<String> columns,
        String referencedSchema,
        String referencedTable,
        List<String> referencedColumns,
        ReferentialAction onDelete,
        ReferentialAction onUpdate,
        boolean deferrable,
        boolean initiallyDeferred)
        implements Serializable {
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        if (onDelete == null) {
            onDelete = ReferentialAction.NO_ACTION;
        }
        if (onUpdate == null) {
            onUpdate = ReferentialAction.NO_ACTION;
        }
    }
}
