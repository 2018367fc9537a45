package dev.zmodel.pull.generate;

import dev.zmodel.schema.QualifiedName;

import java.util.Objects;

/**
 * Identifies an enum to generate: a PostgreSQL enum type ({@code schema}, {@code name}) or the inline
 * {@code ENUM(…)} of a MySQL column ({@code owner} table or view, {@code column}).
 */
record EnumKey(String schema, String name, QualifiedName owner, String column) {
    static EnumKey type(String schema, String name) {
        return new EnumKey(schema, name, null, null);
    }

    static EnumKey column(QualifiedName owner, String column) {
        return new EnumKey(null, null, owner, column);
    }

    boolean inline() {
        return owner != null;
    }

    /**
     * The name of an inline MySQL enum as Prisma gives it, {@code {table}_{column}}: what {@code @@map} names when
     * sanitizing changed it.
     */
    String inlineName() {
        return owner.name() + "_" + column;
    }

    // written out, with the record's own values, for the reason QualifiedName gives: a key of the pull's hot maps
    @Override
    public boolean equals(Object o) {
        return this == o
                || o instanceof EnumKey k
                        && Objects.equals(name, k.name)
                        && Objects.equals(column, k.column)
                        && Objects.equals(schema, k.schema)
                        && Objects.equals(owner, k.owner);
    }

    @Override
    public int hashCode() {
        return ((31 * Objects.hashCode(schema) + Objects.hashCode(name)) * 31 + Objects.hashCode(owner)) * 31
                + Objects.hashCode(column);
    }
}
