package dev.zmodel.pull;

/**
 * The database identity of a model, view or enum: its schema (PostgreSQL; null elsewhere) and its database
 * name ({@code @@map} or the ZModel name). Re-introspection matches declarations by this key, never by their
 * ZModel names, so that a user's renames survive.
 */
record DbKey(String schema, String name) {
    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
