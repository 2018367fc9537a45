package dev.zmodel.diff;

import dev.zmodel.schema.QualifiedName;

/**
 * Something in the database that ZModel cannot express — typically added by hand-written SQL — which the diff
 * leaves alone: it is never dropped or "corrected", only reported.
 *
 * @param table the table it belongs to; null for schema-level objects (views)
 */
public record UnmanagedObject(Kind kind, QualifiedName table, String name, String detail) {
    public enum Kind {
        CHECK_CONSTRAINT("check constraint"),
        EXCLUSION_CONSTRAINT("exclusion constraint"),
        PARTIAL_INDEX("partial index"),
        EXPRESSION_INDEX("expression index"),
        GENERATED_COLUMN("generated column"),
        VIEW("view"),
        PARTITION("partition"),
        INHERITANCE("table inheritance"),
        ROW_LEVEL_SECURITY("row-level security"),
        /** An index whose access method ZModel cannot state (MySQL SPATIAL, PostgreSQL bloom, …). */
        INDEX_METHOD("index with an unsupported method"),
        /** A foreign key to a table outside the compared schemas, or one that repeats another foreign key. */
        FOREIGN_KEY("foreign key"),
        /** A table without columns (PostgreSQL), which a model cannot describe. */
        TABLE_WITHOUT_COLUMNS("no columns");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** "check constraint `age_positive` on `User` (CHECK (age > 0))". */
    public String describe() {
        StringBuilder b = new StringBuilder(kind.label());
        if (name != null) {
            b.append(" `").append(name).append('`');
        }
        if (table != null) {
            b.append(" on ").append(Names.table(table));
        }
        if (detail != null && !detail.isBlank()) {
            b.append(" (").append(detail).append(')');
        }
        return b.toString();
    }
}
