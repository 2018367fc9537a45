package dev.zmodel.pull.types;

import dev.zmodel.Provider;

/** The one place that picks the {@link TypeMapping} of a provider. */
public final class TypeMappings {
    private TypeMappings() {
    }

    /**
     * @param sqliteAffinity SQLite only: map declared types by ZenStack's affinity rules where Prisma gives
     *                       {@code Unsupported} (the {@code zenstack} preset)
     */
    public static TypeMapping forProvider(Provider provider, boolean sqliteAffinity) {
        return switch (provider) {
            case POSTGRESQL -> new PostgresTypeMapping();
            case MYSQL -> new MySqlTypeMapping();
            case SQLITE -> sqliteAffinity ? new SqliteAffinityTypeMapping() : new SqliteTypeMapping();
        };
    }
}
