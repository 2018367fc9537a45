package dev.zmodel.pull.dialect;

import dev.zmodel.Provider;

/** The one place that picks the {@link Dialect} of a provider. */
public final class Dialects {
    private Dialects() {
    }

    public static Dialect forProvider(Provider provider) {
        return switch (provider) {
            case POSTGRESQL -> new PostgresDialect();
            case MYSQL -> new MySqlDialect();
            case SQLITE -> new SqliteDialect();
        };
    }
}
