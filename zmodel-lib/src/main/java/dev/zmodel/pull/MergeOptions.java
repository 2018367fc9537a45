package dev.zmodel.pull;

import dev.zmodel.Provider;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.dialect.DialectFacts;

import java.util.Objects;

/**
 * How {@link SchemaMerger} merges a freshly introspected schema into an existing one.
 *
 * @param provider      the database provider (SQLite has no enums, so existing enums are kept there)
 * @param defaultSchema the PostgreSQL schema of models without {@code @@schema} (default {@code public});
 *                      ignored by the other providers
 * @param alwaysMap     add {@code @map}/{@code @@map} to matched declarations that lack them, as the fresh
 *                      schema has them everywhere with this option
 * @param force         ignore the existing models, views and enums: write the fresh ones (every other
 *                      declaration, the imports and the files are kept)
 * @param scope         which tables were introspected; existing models outside it are kept unchanged
 */
public record MergeOptions(
        Provider provider, String defaultSchema, boolean alwaysMap, boolean force, MergeScope scope) {
    public MergeOptions {
        Objects.requireNonNull(provider, "provider");
        if (defaultSchema == null || defaultSchema.isBlank()) {
            defaultSchema = "public";
        }
        if (scope == null) {
            scope = MergeScope.ALL;
        }
    }

    /** Default options for a provider: schema {@code public}, no {@code alwaysMap}, no {@code force}. */
    public static MergeOptions of(Provider provider) {
        return new MergeOptions(provider, "public", false, false, MergeScope.ALL);
    }

    public MergeOptions withForce(boolean value) {
        return new MergeOptions(provider, defaultSchema, alwaysMap, value, scope);
    }

    public MergeOptions withAlwaysMap(boolean value) {
        return new MergeOptions(provider, defaultSchema, value, force, scope);
    }

    public MergeOptions withScope(MergeScope value) {
        return new MergeOptions(provider, defaultSchema, alwaysMap, force, value);
    }

    /** How a database keeps enums, which decides how existing enums are matched and kept. */
    enum EnumStorage {
        /** Named types ({@code CREATE TYPE}, PostgreSQL): matched by name, then through their columns. */
        NAMED_TYPES,
        /** Inline column types without a name ({@code ENUM(...)}, MySQL): matched through their columns. */
        INLINE,
        /** None (SQLite): existing enums are kept as they are. */
        NONE
    }

    /** The one place the merge distinguishes databases by enum storage. */
    EnumStorage enumStorage() {
        DialectFacts facts = Dialect.of(provider).facts();
        return facts.enumTypes()
                ? EnumStorage.NAMED_TYPES
                : facts.inlineEnums() ? EnumStorage.INLINE : EnumStorage.NONE;
    }

    /** Whether {@code @@schema} names where tables and enums live (the dialect decides). */
    boolean usesSchemas() {
        return Dialect.of(provider).facts().schemas();
    }

    /** The key of a declaration with this (possibly null) {@code @@schema} and database name. */
    DbKey key(String schema, String name) {
        return new DbKey(usesSchemas() ? (schema == null ? defaultSchema : schema) : null, name);
    }

    boolean databaseHasEnums() {
        return enumStorage() != EnumStorage.NONE;
    }
}
