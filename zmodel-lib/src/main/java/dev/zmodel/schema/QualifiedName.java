package dev.zmodel.schema;

import java.io.Serializable;
import java.util.Objects;

/** A schema-qualified object name; {@code schema} is null where schemas do not apply. */
public record QualifiedName(String schema, String name) implements Serializable, Comparable<QualifiedName> {
    @Override
    public int compareTo(QualifiedName o) {
        int c = String.valueOf(schema).compareTo(String.valueOf(o.schema));
        return c != 0 ? c : name.compareTo(o.name);
    }

    // equals and hashCode written out, with the values a record's own give: a QualifiedName is the key of most of
    // the maps of a pull and a diff, looked up millions of times, and the record's own go through method handles,
    // which a cold JVM runs several times slower than plain bytecode
    @Override
    public boolean equals(Object o) {
        return this == o
                || o instanceof QualifiedName q && Objects.equals(name, q.name) && Objects.equals(schema, q.schema);
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
