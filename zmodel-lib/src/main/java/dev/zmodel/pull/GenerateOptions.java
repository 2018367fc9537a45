package dev.zmodel.pull;

import dev.zmodel.Provider;

import java.util.Objects;

/**
 * Options of the generation half of {@code db pull}.
 *
 * @param naming        the naming preset ({@link Naming#ZENSTACK} by default)
 * @param modelCasing   casing of model and enum names, {@code zenstack} preset only (default {@link Casing#PASCAL})
 * @param fieldCasing   casing of field names and enum values, {@code zenstack} preset only (default {@link Casing#CAMEL})
 * @param alwaysMap     {@code zenstack} preset only: write {@code @map}/{@code @@map} even when the name is unchanged
 * @param defaultSchema PostgreSQL schema whose models and enums get no {@code @@schema} (default {@code public});
 *                      objects of other schemas get {@code @@schema("x")}
 * @param provider      the datasource provider the schema is written for; null means the provider of the
 *                      introspected {@code DatabaseSchema}
 * @param multiSchema   the datasource lists {@code schemas} (prisma preset: every declaration gets {@code @@schema})
 * @param previewViews  the schema's generator enables Prisma's {@code views} preview feature (prisma preset: views are
 *                      pulled only then; the zenstack preset always pulls them)
 */
public record GenerateOptions(
        Naming naming,
        Casing modelCasing,
        Casing fieldCasing,
        boolean alwaysMap,
        String defaultSchema,
        Provider provider,
        boolean multiSchema,
        boolean previewViews) {
    public static final String DEFAULT_SCHEMA = "public";

    public GenerateOptions {
        naming = naming == null ? Naming.ZENSTACK : naming;
        modelCasing = modelCasing == null ? Casing.PASCAL : modelCasing;
        fieldCasing = fieldCasing == null ? Casing.CAMEL : fieldCasing;
        defaultSchema = defaultSchema == null || defaultSchema.isBlank() ? DEFAULT_SCHEMA : defaultSchema;
    }

    /** The {@code zenstack} preset with PascalCase models, camelCase fields, schema {@code public}. */
    public static GenerateOptions defaults() {
        return new GenerateOptions(
                Naming.ZENSTACK, Casing.PASCAL, Casing.CAMEL, false, DEFAULT_SCHEMA, null, false, false);
    }

    public GenerateOptions withNaming(Naming value) {
        return new GenerateOptions(
                Objects.requireNonNull(value),
                modelCasing,
                fieldCasing,
                alwaysMap,
                defaultSchema,
                provider,
                multiSchema,
                previewViews);
    }

    public GenerateOptions withModelCasing(Casing value) {
        return new GenerateOptions(
                naming,
                Objects.requireNonNull(value),
                fieldCasing,
                alwaysMap,
                defaultSchema,
                provider,
                multiSchema,
                previewViews);
    }

    public GenerateOptions withFieldCasing(Casing value) {
        return new GenerateOptions(
                naming,
                modelCasing,
                Objects.requireNonNull(value),
                alwaysMap,
                defaultSchema,
                provider,
                multiSchema,
                previewViews);
    }

    public GenerateOptions withAlwaysMap(boolean value) {
        return new GenerateOptions(
                naming, modelCasing, fieldCasing, value, defaultSchema, provider, multiSchema, previewViews);
    }

    public GenerateOptions withDefaultSchema(String value) {
        return new GenerateOptions(
                naming, modelCasing, fieldCasing, alwaysMap, value, provider, multiSchema, previewViews);
    }

    public GenerateOptions withProvider(Provider value) {
        return new GenerateOptions(
                naming, modelCasing, fieldCasing, alwaysMap, defaultSchema, value, multiSchema, previewViews);
    }

    public GenerateOptions withMultiSchema(boolean value) {
        return new GenerateOptions(
                naming, modelCasing, fieldCasing, alwaysMap, defaultSchema, provider, value, previewViews);
    }

    public GenerateOptions withPreviewViews(boolean value) {
        return new GenerateOptions(
                naming, modelCasing, fieldCasing, alwaysMap, defaultSchema, provider, multiSchema, value);
    }
}
