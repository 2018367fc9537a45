package dev.zmodel.pull.generate;

import dev.zmodel.schema.QualifiedName;

/** How warnings name database objects: {@code table}, or {@code schema.table} outside the default schema. */
final class ObjectLabels {
    private final String defaultSchema;

    ObjectLabels(String defaultSchema) {
        this.defaultSchema = defaultSchema;
    }

    String of(QualifiedName name) {
        return of(name.schema(), name.name());
    }

    String of(String schema, String name) {
        return schema == null || schema.equals(defaultSchema) ? name : schema + "." + name;
    }

    String of(QualifiedName owner, String part) {
        return of(owner) + "." + part;
    }
}
