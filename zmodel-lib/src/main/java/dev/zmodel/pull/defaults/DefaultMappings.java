package dev.zmodel.pull.defaults;

import dev.zmodel.Provider;

/** The one place that picks the {@link DefaultMapping} of a provider. */
public final class DefaultMappings {
    private DefaultMappings() {}

    /** @param exact keep defaults Prisma's rules simplify (SQLite's local time is not {@code now()}) */
    public static DefaultMapping forProvider(Provider provider, boolean exact) {
        return switch (provider) {
            case POSTGRESQL -> new PostgresDefaultMapping();
            case MYSQL -> new MySqlDefaultMapping();
            case SQLITE -> new SqliteDefaultMapping(exact);
        };
    }
}
