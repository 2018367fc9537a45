package dev.zmodel.pull.defaults;

import dev.zmodel.Provider;

/** The one place that picks the {@link DefaultMapping} of a provider. */
public final class DefaultMappings {
    private DefaultMappings() {
    }

    public static DefaultMapping forProvider(Provider provider) {
        return switch (provider) {
            case POSTGRESQL -> new PostgresDefaultMapping();
            case MYSQL -> new MySqlDefaultMapping();
            case SQLITE -> new SqliteDefaultMapping();
        };
    }
}
