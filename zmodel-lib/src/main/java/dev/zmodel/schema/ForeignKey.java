package dev.zmodel.schema;

import java.io.Serializable;
import java.util.List;

/**
 * A foreign key. {@code name} is null for SQLite foreign keys declared without {@code CONSTRAINT name}
 * (e.g. inline {@code REFERENCES}). {@code referencedSchema} is null where schemas do not apply. {@code matchFull}:
 * PostgreSQL {@code MATCH FULL}, under which a key with some of its columns NULL must have all of them NULL.
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
        boolean initiallyDeferred,
        boolean matchFull)
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

    /** A foreign key with SQL's default matching ({@code MATCH SIMPLE}). */
    public ForeignKey(
            String name,
            List<String> columns,
            String referencedSchema,
            String referencedTable,
            List<String> referencedColumns,
            ReferentialAction onDelete,
            ReferentialAction onUpdate,
            boolean deferrable,
            boolean initiallyDeferred) {
        this(
                name,
                columns,
                referencedSchema,
                referencedTable,
                referencedColumns,
                onDelete,
                onUpdate,
                deferrable,
                initiallyDeferred,
                false);
    }
}
