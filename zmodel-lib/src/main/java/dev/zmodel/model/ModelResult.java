package dev.zmodel.model;

import dev.zmodel.schema.DatabaseSchema;

import java.util.List;

/**
 * The database a ZModel schema describes, and what the conversion could not express exactly (each warning names
 * the model and field, and what was left out).
 */
public record ModelResult(DatabaseSchema schema, List<String> warnings) {
    public ModelResult {
        warnings = List.copyOf(warnings);
    }
}
