package dev.zmodel.datasource;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.dialect.Dialect;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Converts ZModel (Prisma-style) datasource URLs to JDBC: {@code postgresql://} and {@code postgres://} to
 * {@code jdbc:postgresql:} ({@code schema} becomes {@code currentSchema}), {@code mysql://} to
 * {@code jdbc:mariadb:} (the bundled MariaDB driver also speaks to MySQL 8), {@code file:} to
 * {@code jdbc:sqlite:} with the path resolved against the schema file's directory. {@code jdbc:} URLs are
 * taken as they are. Credentials move out of the URL into the settings, percent-decoded.
 */
public final class JdbcUrls {
    /** Prisma connection-pool and driver-specific parameters that mean nothing to a JDBC driver. */
    private static final Set<String> PRISMA_ONLY = Set.of(
            "connection_limit",
            "pool_timeout",
            "pgbouncer",
            "statement_cache_size",
            "sslaccept",
            "sslidentity",
            "socket",
            "schema",
            "host");

    private JdbcUrls() {}

    /**
     * @param baseDir the directory of the schema file ({@code file:} paths are relative to it)
     * @param schemas the datasource's {@code schemas} (PostgreSQL); may be empty
     * @param what    names the URL in messages, e.g. "url of datasource 'db' in zenstack/schema.zmodel"
     * @throws ZModelException for an unknown scheme, a URL of another provider, or a malformed URL; the
     *                         message never contains the password
     */
    public static ConnectionSettings convert(
            Provider provider, String url, Path baseDir, List<String> schemas, String what) {
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        Provider urlProvider = providerOf(lower);
        if (urlProvider == null) {
            throw new ZModelException("Unsupported url " + schemeOnly(trimmed) + " (" + what + "): zenstack supports "
                    + "PostgreSQL, MySQL/MariaDB and SQLite. Use a postgresql://, postgres://, mysql:// or file: url, or a "
                    + "jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql: or jdbc:sqlite: url.");
        }
        if (urlProvider != provider) {
            throw new ZModelException("The " + what + " is a " + urlProvider + " url (" + Urls.mask(trimmed)
                    + ") but the datasource provider is " + provider + ". Use a " + expectedScheme(provider)
                    + " url or change the provider.");
        }
        if (lower.startsWith("jdbc:")) {
            return new ConnectionSettings(provider, trimmed, null, null, jdbcSchemas(provider, schemas));
        }
        return switch (provider) {
            case POSTGRESQL -> postgres(trimmed, schemas, what);
            case MYSQL -> mysql(trimmed, what);
            case SQLITE -> sqlite(trimmed, baseDir, what);
        };
    }

    /**
     * The JDBC URL without {@code user=}/{@code password=} query parameters, so that credentials given separately
     * (which the drivers would otherwise ignore in favour of the URL's) take effect.
     */
    public static String withoutCredentials(String jdbcUrl) {
        int q = jdbcUrl.indexOf('?');
        if (q < 0) {
            return jdbcUrl;
        }
        String kept = java.util.Arrays.stream(jdbcUrl.substring(q + 1).split("&"))
                .filter(p -> !p.isEmpty())
                .filter(p -> {
                    String key = (p.indexOf('=') < 0 ? p : p.substring(0, p.indexOf('='))).toLowerCase(Locale.ROOT);
                    return !key.equals("user") && !key.equals("password");
                })
                .collect(Collectors.joining("&"));
        return jdbcUrl.substring(0, q) + (kept.isEmpty() ? "" : "?" + kept);
    }

    /** The provider a URL is for, by its scheme (ZModel or JDBC); empty when no supported database uses it. */
    public static java.util.Optional<Provider> provider(String url) {
        return java.util.Optional.ofNullable(
                url == null ? null : providerOf(url.strip().toLowerCase(Locale.ROOT)));
    }

    /** Only the scheme of a URL ({@code sqlserver://…}, {@code jdbc:oracle:…}), for messages about URLs we cannot
     * read: an unknown syntax may carry a password where masking does not look for it. */
    public static String schemeOnly(String url) {
        String t = url.strip();
        int sep = t.indexOf("://");
        if (sep >= 0) {
            return t.substring(0, sep + 3) + "…";
        }
        int colon = t.indexOf(':');
        if (t.toLowerCase(Locale.ROOT).startsWith("jdbc:") && t.indexOf(':', 5) > 0) {
            colon = t.indexOf(':', 5);
        }
        return colon >= 0
                ? t.substring(0, colon + 1) + "…"
                : "'" + (t.length() > 12 ? t.substring(0, 12) + "…" : t) + "'";
    }

    /** The provider a (lower-cased) URL is for, by its scheme; null when unknown. */
    static Provider providerOf(String lower) {
        if (lower.startsWith("postgresql://")
                || lower.startsWith("postgres://")
                || lower.startsWith("jdbc:postgresql:")) {
            return Provider.POSTGRESQL;
        }
        if (lower.startsWith("mysql://")
                || lower.startsWith("mariadb://")
                || lower.startsWith("jdbc:mysql:")
                || lower.startsWith("jdbc:mariadb:")) {
            return Provider.MYSQL;
        }
        if (lower.startsWith("file:") || lower.startsWith("jdbc:sqlite:")) {
            return Provider.SQLITE;
        }
        return null;
    }

    private static String expectedScheme(Provider provider) {
        return switch (provider) {
            case POSTGRESQL -> "postgresql://";
            case MYSQL -> "mysql://";
            case SQLITE -> "file:";
        };
    }

    private static List<String> jdbcSchemas(Provider provider, List<String> schemas) {
        String defaultSchema = Dialect.of(provider).facts().defaultSchema();
        return defaultSchema != null && schemas.isEmpty() ? List.of(defaultSchema) : schemas;
    }

    private static ConnectionSettings postgres(String url, List<String> schemas, String what) {
        DatabaseUrl u = DatabaseUrl.parse(url, what);
        Map<String, String> params = new LinkedHashMap<>();
        String schema = u.params().get("schema");
        if (schema != null && !schema.isEmpty()) {
            params.put("currentSchema", schema);
        }
        u.params().forEach((k, v) -> {
            switch (k) {
                case "connect_timeout" -> params.put("connectTimeout", v);
                case "socket_timeout" -> params.put("socketTimeout", v);
                case "application_name" -> params.put("ApplicationName", v);
                default -> {
                    if (!PRISMA_ONLY.contains(k)) {
                        params.put(k, v);
                    }
                }
            }
        });
        List<String> effective = !schemas.isEmpty()
                ? schemas
                : schema != null && !schema.isEmpty()
                        ? List.of(DatabaseUrl.decode(schema, "schema", what))
                        : List.of("public");
        String jdbc = "jdbc:postgresql://" + u.hostAndPort() + "/" + u.database() + query(params);
        return new ConnectionSettings(Provider.POSTGRESQL, jdbc, u.user(), u.password(), effective);
    }

    private static ConnectionSettings mysql(String url, String what) {
        DatabaseUrl u = DatabaseUrl.parse(url, what);
        Map<String, String> params = new LinkedHashMap<>();
        u.params().forEach((k, v) -> {
            switch (k) {
                // Prisma gives seconds, the MariaDB driver milliseconds.
                case "connect_timeout" -> params.put("connectTimeout", seconds(v));
                case "socket_timeout" -> params.put("socketTimeout", seconds(v));
                case "sslcert" -> params.put("serverSslCert", v);
                case "sslaccept" -> params.put("sslMode", v.equals("strict") ? "verify-full" : "trust");
                default -> {
                    if (!PRISMA_ONLY.contains(k) && !k.equals("sslpassword")) {
                        params.put(k, v);
                    }
                }
            }
        });
        String jdbc = "jdbc:mariadb://" + u.hostAndPort() + "/" + u.database() + query(params);
        return new ConnectionSettings(
                Provider.MYSQL,
                jdbc,
                u.user(),
                u.password(),
                u.database().isEmpty() ? List.of() : List.of(u.database()));
    }

    private static String seconds(String v) {
        try {
            return String.valueOf(Math.round(Double.parseDouble(v) * 1000));
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private static ConnectionSettings sqlite(String url, Path baseDir, String what) {
        String path = url.substring("file:".length());
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        if (path.startsWith("//")) {
            path = path.substring(2); // file:///abs/path
        }
        if (path.isEmpty()) {
            throw new ZModelException("The " + what + " names no file: " + url + ". Expected file:./dev.db.");
        }
        try {
            Path file = Path.of(DatabaseUrl.decode(path, "path", what));
            Path resolved = (file.isAbsolute() ? file : baseDir.resolve(file))
                    .toAbsolutePath()
                    .normalize();
            return new ConnectionSettings(Provider.SQLITE, "jdbc:sqlite:" + resolved, null, null, List.of());
        } catch (InvalidPathException e) {
            throw new ZModelException(
                    "The " + what + " is not a valid file path: " + url + " (" + e.getReason() + ").");
        }
    }

    private static String query(Map<String, String> params) {
        return params.isEmpty()
                ? ""
                : "?"
                        + params.entrySet().stream()
                                .map(e -> e.getValue().isEmpty() ? e.getKey() : e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining("&"));
    }
}
