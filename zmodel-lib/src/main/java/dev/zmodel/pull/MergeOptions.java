package dev.zmodel.pull;

import dev.zmodel.Provider;

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
public record MergeOptions(Provider provider, String defaultSchema, boolean alwaysMap, boolean force,
                           MergeScope scope) {
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

    /** The key of a declaration with this (possibly null) {@code @@schema} and database name. */
    DbKey key(String schema, String name) {
        return new DbKey(provider == Provider.POSTGRESQL ? (schema == null ? defaultSchema : schema) : null, name);
    }

    /** PostgreSQL and MySQL have enums in the database; SQLite has none. */
    boolean databaseHasEnums() {
        return provider != Provider.SQLITE;
    }
}
