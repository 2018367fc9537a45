package dev.zmodel.datasource;

import dev.zmodel.ZModelException;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * Connection settings given explicitly (a Maven parameter, an embedder's option) that win over the schema's
 * {@code datasource}: a {@code url} replaces {@code datasource.url}, {@code user}/{@code password} replace the
 * credentials of whichever URL is used. Any of them may be null. This is the one configuration model for
 * reaching the database: {@code db pull} and the migration workflows resolve their connection through
 * {@link #resolve}. {@link #toString()} masks the password.
 *
 * @param url      a ZModel ({@code postgresql://}, {@code mysql://}, {@code file:}) or JDBC URL; a relative
 *                 {@code file:} path is relative to the directory of the file that declares the datasource
 * @param user     user name; replaces the one in the URL
 * @param password password; replaces the one in the URL
 */
public record ConnectionOverrides(String url, String user, String password) {
    /** No overrides: the datasource block decides. */
    public static final ConnectionOverrides NONE = new ConnectionOverrides(null, null, null);

    public ConnectionOverrides {
        url = blankToNull(url);
        user = blankToNull(user);
        password = password == null || password.isEmpty() ? null : password;
    }

    public static ConnectionOverrides url(String url) {
        return new ConnectionOverrides(url, null, null);
    }

    public ConnectionOverrides withCredentials(String newUser, String newPassword) {
        return new ConnectionOverrides(url, newUser, newPassword);
    }

    /**
     * The settings to connect with: the override URL (converted for the datasource's provider) or the
     * datasource's {@code url} (with {@code env("NAME")} read through {@code environment}), then the override
     * credentials.
     *
     * @throws ZModelException when the URL is missing, its variable unset, or it does not fit the provider
     */
    public ConnectionSettings resolve(DatasourceConfig datasource, Function<String, String> environment) {
        ConnectionSettings base;
        if (url == null) {
            base = datasource.connection(environment);
        } else {
            Path dir = datasource.schemaFile().toAbsolutePath().getParent();
            base = JdbcUrls.convert(
                    datasource.provider(),
                    url,
                    dir,
                    datasource.schemas(),
                    "url override for datasource '" + datasource.name() + "' in " + datasource.schemaFile());
        }
        String jdbc = user != null || password != null ? JdbcUrls.withoutCredentials(base.jdbcUrl()) : base.jdbcUrl();
        return new ConnectionSettings(
                base.provider(),
                jdbc,
                user != null ? user : base.user(),
                password != null ? password : base.password(),
                base.schemas());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "ConnectionOverrides[url=" + Urls.mask(url) + ", user=" + user + ", password="
                + (password == null ? "null" : "***") + "]";
    }
}
