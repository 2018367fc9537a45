package dev.zmodel.pull.naming;

import dev.zmodel.pull.Casing;
import dev.zmodel.pull.Naming;

import java.util.List;

/**
 * ZenStack v3.9's conventions (docs/db-pull-mapping.md#naming-presets) without its bugs: model and enum
 * names in {@code modelCasing} (PascalCase), field names and enum values in {@code fieldCasing} (camelCase), then
 * sanitized like Prisma (leading digits, {@code $}, spaces); MySQL enums named {@code {Table}{Column}} in model
 * casing; duplicates across PostgreSQL schemas prefixed with the schema ({@code BillingCustomer}); friendly
 * relation names ({@link ZenStackRelationNaming}); field attributes in ZenStack's order
 * {@code @id @updatedAt @db.X @default @unique @map @relation @ignore}, block attributes
 * {@code @@map @@id @@ignore @@unique @@index @@schema}; a forward relation field right before its foreign key
 * field.
 */
final class ZenStackNaming implements NamingPreset {
    private static final Layout LAYOUT = new Layout(
            List.of("@id", "@updatedAt", "@db", "@default", "@unique", "@map", "@relation", "@ignore"),
            List.of("@@map", "@@id", "@@ignore", "@@unique", "@@index", "@@schema"),
            true);

    private final Casing modelCasing;
    private final Casing fieldCasing;
    private final boolean alwaysMap;

    ZenStackNaming(Casing modelCasing, Casing fieldCasing, boolean alwaysMap) {
        this.modelCasing = modelCasing;
        this.fieldCasing = fieldCasing;
        this.alwaysMap = alwaysMap;
    }

    @Override
    public Naming naming() {
        return Naming.ZENSTACK;
    }

    @Override
    public String modelName(String table) {
        return Identifiers.sanitize(Casings.apply(modelCasing, Identifiers.transliterate(table)));
    }

    @Override
    public String enumName(String enumType) {
        return modelName(enumType);
    }

    @Override
    public String columnEnumName(String table, String column) {
        return modelName(table + "_" + column);
    }

    @Override
    public String fieldName(String column) {
        return Identifiers.sanitize(Casings.apply(fieldCasing, Identifiers.transliterate(column)));
    }

    @Override
    public String enumValueName(String value) {
        return fieldName(value);
    }

    @Override
    public String namespacedName(String namespace, String name) {
        return modelName(namespace + "_" + name);
    }

    @Override
    public boolean namespaceAllDuplicates() {
        return false;
    }

    @Override
    public boolean alwaysMap() {
        return alwaysMap;
    }

    @Override
    public boolean commentsOutInvalidNames() {
        return false;
    }

    @Override
    public boolean updatedAtHeuristic() {
        return true;
    }

    @Override
    public boolean omitsForeignKeyIndexes() {
        return true;
    }

    @Override
    public boolean prismaWords() {
        return false;
    }

    @Override
    public boolean schemaOnEveryDeclaration() {
        return false;
    }

    @Override
    public boolean keepsEveryUniqueIndex() {
        return true;
    }

    @Override
    public boolean viewsNeedPreviewFeature() {
        return false;
    }

    @Override
    public boolean keepsWhatPrismaLoses() {
        return true;
    }

    @Override
    public RelationNaming relationNaming() {
        return new ZenStackRelationNaming(fieldCasing);
    }

    @Override
    public Layout layout() {
        return LAYOUT;
    }
}
