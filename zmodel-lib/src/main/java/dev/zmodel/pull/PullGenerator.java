package dev.zmodel.pull;

import dev.zmodel.pull.generate.Generation;
import dev.zmodel.schema.DatabaseSchema;

/**
 * The generation half of {@code db pull}: turns an introspected {@link DatabaseSchema} into a fresh ZModel
 * {@link dev.zmodel.lang.ast.Document} of models, views and enums, for one of the naming presets. The result is
 * deterministic (same input, same output) and valid ZModel once a datasource block for the provider is added.
 * Nothing is printed; everything worth telling the user is in {@link GeneratedSchema#warnings()} and in the
 * {@code ///} documentation of the generated declarations. See {@code docs/db-pull-mapping.md}.
 */
public final class PullGenerator {
    private PullGenerator() {}

    public static GeneratedSchema generate(DatabaseSchema schema, GenerateOptions options) {
        return Generation.generate(schema, options == null ? GenerateOptions.defaults() : options);
    }
}
