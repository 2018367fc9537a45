package dev.zmodel.datasource;

import dev.zmodel.Provider;

import java.util.List;

/**
 * How to reach a database over JDBC. {@code user}/{@code password} may be null (then the URL carries them,
 * or none are needed). {@code schemas}: PostgreSQL schemas to work in, the MySQL database, empty for SQLite.
 * {@link #toString()} masks the password.
 */
public record ConnectionSettings(
        Provider provider, String jdbcUrl, String user, String password, List<String> schemas) {
    public ConnectionSettings {
        schemas = List.copyOf(schemas);
    }

    /** The JDBC URL with any password in it masked, for logs and messages. */
    public String displayUrl() {
        return Urls.mask(jdbcUrl);
    }

    @Override
    public String toString() {
        return "ConnectionSettings[provider=" + provider + ", jdbcUrl=" + displayUrl() + ", user=" + user
                + ", password=" + (password == null ? "null" : "***") + ", schemas=" + schemas + "]";
    }
}
