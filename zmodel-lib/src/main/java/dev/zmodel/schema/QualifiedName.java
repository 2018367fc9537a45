package dev.zmodel.schema;

import java.io.Serializable;

/** A schema-qualified object name; {@code schema} is null where schemas do not apply. */
public record QualifiedName(String schema, String name) implements Serializable, Comparable<QualifiedName> {
    @Override
    public int compareTo(QualifiedName o) {
        int c = String.valueOf(schema).compareTo(String.valueOf(o.schema));
        return c != 0 ? c : name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
