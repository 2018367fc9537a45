package dev.zmodel.pull.naming;

import dev.zmodel.pull.Naming;

/**
 * A naming preset: how database names become ZModel names, how relations are named, and the layout choices
 * that follow the preset's reference tool. Dialect-independent; {@link NamingPresets#of} picks it.
 *
 * <p>The name methods return a <em>candidate</em>: a valid identifier or the empty string (no valid character
 * left). Reserved names, empty names and duplicates are handled by the generator, the same way for both presets
 * except where a method below says otherwise.
 */
public interface NamingPreset {
    Naming naming();

    /** A table or view. */
    String modelName(String table);

    /** A PostgreSQL enum type. */
    String enumName(String enumType);

    /** The enum of a MySQL inline {@code ENUM(…)} column (Prisma: {@code {table}_{column}}). */
    String columnEnumName(String table, String column);

    String fieldName(String column);

    /** An enum value; the empty string value is {@code EMPTY_ENUM_VALUE} in both presets. */
    String enumValueName(String value);

    /**
     * A model or enum whose name clashes with one in another namespace (PostgreSQL schema), or — for the prisma
     * preset — any duplicate model/enum on PostgreSQL: {@code {namespace}_{name}}.
     */
    String namespacedName(String namespace, String name);

    /**
     * Prisma 6: every member of a group of duplicate model/enum names gets {@link #namespacedName}; ZenStack:
     * only members outside the default schema, and the rest get numeric suffixes.
     */
    boolean namespaceAllDuplicates();

    /** Write {@code @map}/{@code @@map} even when the name did not change. */
    boolean alwaysMap();

    /**
     * Prisma comments out fields and enum values whose name has no valid character; ZenStack's preset gives them a
     * placeholder name ({@code field3}, {@code value2}) instead, so no column is lost.
     */
    boolean commentsOutInvalidNames();

    /** ZenStack: {@code @updatedAt} on DateTime columns named {@code updatedAt}/{@code updated_at}. */
    boolean updatedAtHeuristic();

    /** ZenStack: leave out MySQL's foreign key indexes (Prisma writes them as {@code @@index(map:)}). */
    boolean omitsForeignKeyIndexes();

    /**
     * ZenStack: the database type table's rules where they keep what Prisma's lose ({@link
     * dev.zmodel.dialect.TypeTable#toZModelByZenStackRules}: SQLite declared types by affinity, MySQL {@code SET} and
     * PostgreSQL {@code "char"} as {@code Unsupported}), and SQLite's local-time default as {@code dbgenerated}.
     */
    boolean keepsWhatPrismaLoses();

    /**
     * Prisma's note sentences (with {@code pris.ly} links and "Prisma Client"); the zenstack preset says the same
     * about ZModel and this project.
     */
    boolean prismaWords();

    /**
     * Prisma: once the datasource lists {@code schemas}, every model, view and enum carries {@code @@schema},
     * the default schema's too; ZModel needs it only outside the default schema.
     */
    boolean schemaOnEveryDeclaration();

    /**
     * ZenStack preset: every unique index of a single column is kept ({@code @unique}, then
     * {@code @@unique([col])}), so migrations can recreate them; Prisma keeps only the first.
     */
    boolean keepsEveryUniqueIndex();

    /** Prisma: views are pulled only when the generator enables the {@code views} preview feature. */
    boolean viewsNeedPreviewFeature();

    RelationNaming relationNaming();

    Layout layout();
}
