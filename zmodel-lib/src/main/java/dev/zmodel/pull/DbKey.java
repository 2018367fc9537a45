package dev.zmodel.pull;

import java.util.Objects;

/**
 * The database identity of a model, view or enum: its schema (PostgreSQL; null elsewhere) and its database
 * name ({@code @@map} or the ZModel name). Re-introspection matches declarations by this key, never by their
 * ZModel names, so that a user's renames survive.
 */
record DbKey(String schema, String name) {
    // equals and hashCode written out, with the values a record's own give: every declaration of a re-pull is
    // looked up by its key, and a record's own go through method handles, slow on a cold JVM
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof DbKey k && Objects.equals(name, k.name) && Objects.equals(schema, k.schema);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(schema) + Objects.hashCode(name);
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
