package dev.zmodel.datasource;

import dev.zmodel.Provider;

import java.util.List;

/**
 * How to reach a database over JDBC. {@code user}/{@code password} may be null (then the URL carries them,
 * or none are needed). {@code schemas}: PostgreSQL schemas to work in, the MySQL database, empty for SQLite.
 * {@code liquibase}: where Liquibase keeps its history in this database ({@link LiquibaseSettings#defaults()}: where
 * Liquibase's own configuration says). {@link #toString()} masks the password.
 */
public record ConnectionSettings(
        Provider provider,
        String jdbcUrl,
        String user,
        String password,
        List<String> schemas,
        LiquibaseSettings liquibase) {
    public ConnectionSettings {
        schemas = List.copyOf(schemas);
        liquibase = liquibase == null ? LiquibaseSettings.defaults() : liquibase;
    }

    /** Settings whose Liquibase history is where Liquibase's own configuration says. */
    public ConnectionSettings(Provider provider, String jdbcUrl, String user, String password, List<String> schemas) {
        this(provider, jdbcUrl, user, password, schemas, null);
    }

    /** The same database with Liquibase's history tables where {@code value} says. */
    public ConnectionSettings withLiquibase(LiquibaseSettings value) {
        return new ConnectionSettings(provider, jdbcUrl, user, password, schemas, value);
    }

    /** The JDBC URL with any password in it masked, for logs and messages. */
    public String displayUrl() {
        return Urls.mask(jdbcUrl);
    }

    @Override
    public String toString() {
        return "ConnectionSettings[provider=" + provider + ", jdbcUrl=" + displayUrl() + ", user=" + user
                + ", password=" + (password == null ? "null" : "***") + ", schemas=" + schemas
                + (liquibase.isDefault() ? "" : ", liquibase=" + liquibase) + "]";
    }
}
