package dev.zmodel.pull.naming;

import dev.zmodel.pull.Naming;

import java.util.List;

/**
 * Prisma 6's conventions (docs/db-pull-mapping.md#naming-presets): database names
 * sanitized ({@link Identifiers#sanitize}), MySQL enums named {@code {table}_{column}}, duplicates on PostgreSQL
 * prefixed with their schema, relation fields named after models ({@link PrismaRelationNaming}), field
 * attributes in the order {@code @updatedAt @unique @id @default @map @relation @db.X @ignore}, block attributes
 * {@code @@id @@unique/@@index @@map @@ignore @@schema}, relation fields after the scalar fields.
 */
final class PrismaNaming implements NamingPreset {
    private static final Layout LAYOUT = new Layout(
            List.of("@updatedAt", "@unique", "@id", "@default", "@map", "@relation", "@db", "@ignore"),
            List.of("@@id", "@@unique", "@@index", "@@map", "@@ignore", "@@schema"),
            false);

    @Override
    public Naming naming() {
        return Naming.PRISMA;
    }

    @Override
    public String modelName(String table) {
        return Identifiers.sanitize(table);
    }

    @Override
    public String enumName(String enumType) {
        return Identifiers.sanitize(enumType);
    }

    @Override
    public String columnEnumName(String table, String column) {
        return Identifiers.sanitize(table + "_" + column);
    }

    @Override
    public String fieldName(String column) {
        return Identifiers.sanitize(column);
    }

    @Override
    public String enumValueName(String value) {
        return Identifiers.sanitize(value);
    }

    @Override
    public String namespacedName(String namespace, String name) {
        return Identifiers.sanitize(namespace + "_" + name);
    }

    @Override
    public boolean namespaceAllDuplicates() {
        return true;
    }

    @Override
    public boolean alwaysMap() {
        return false;
    }

    @Override
    public boolean commentsOutInvalidNames() {
        return true;
    }

    @Override
    public boolean updatedAtHeuristic() {
        return false;
    }

    @Override
    public boolean omitsForeignKeyIndexes() {
        return false;
    }

    @Override
    public boolean prismaWords() {
        return true;
    }

    @Override
    public boolean schemaOnEveryDeclaration() {
        return true;
    }

    @Override
    public boolean keepsEveryUniqueIndex() {
        return false;
    }

    @Override
    public boolean viewsNeedPreviewFeature() {
        return true;
    }

    @Override
    public boolean keepsWhatPrismaLoses() {
        return false;
    }

    @Override
    public RelationNaming relationNaming() {
        return new PrismaRelationNaming();
    }

    @Override
    public Layout layout() {
        return LAYOUT;
    }
}
