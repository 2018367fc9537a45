package dev.zmodel.introspect;

import dev.zmodel.datasource.Urls;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * How a database is named in messages: product, version and the connection URL with any password masked,
 * e.g. {@code PostgreSQL 15.19 at jdbc:postgresql://127.0.0.1:5432/app?user=app&password=***}.
 *
 * @param productName    {@code DatabaseMetaData.getDatabaseProductName()}
 * @param productVersion the version number only ({@code 15.19}, {@code 10.11.19}, {@code 3.46.0})
 * @param fullVersion    the version as the driver reports it ({@code 10.11.19-MariaDB-0+deb12u1})
 * @param maskedUrl      the URL without passwords; null when the driver gives none
 */
record ConnectionDescription(String productName, String productVersion, String fullVersion, String maskedUrl) {
    private static final Pattern VERSION_NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)*");

    static ConnectionDescription of(Connection connection) {
        try {
            if (connection.isClosed()) {
                return new ConnectionDescription(null, null, null, null);
            }
            DatabaseMetaData meta = connection.getMetaData();
            String full = meta.getDatabaseProductVersion();
            return new ConnectionDescription(
                    meta.getDatabaseProductName(),
                    versionNumber(full),
                    full,
                    meta.getURL() == null ? null : Urls.mask(meta.getURL()));
        } catch (SQLException e) {
            return new ConnectionDescription(null, null, null, null);
        }
    }

    static String versionNumber(String version) {
        if (version == null) {
            return null;
        }
        var m = VERSION_NUMBER.matcher(version.trim());
        return m.find() ? m.group() : version.trim();
    }

    /** The major version ({@code 15} of {@code 15.19}); 0 when the version is unknown. */
    int majorVersion() {
        if (productVersion == null) {
            return 0;
        }
        int dot = productVersion.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? productVersion : productVersion.substring(0, dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** True when a MySQL-protocol server is MariaDB (Connector/J calls every server "MySQL"). */
    boolean isMariaDb() {
        return contains(productName, "mariadb") || contains(fullVersion, "mariadb");
    }

    /** "PostgreSQL 15.19", "MariaDB 10.11.19", "MySQL 8.0.36", "SQLite 3.46.0". */
    String product() {
        if (productName == null) {
            return null;
        }
        String name = isMariaDb() ? "MariaDB" : productName;
        return productVersion == null ? name : name + " " + productVersion;
    }

    @Override
    public String toString() {
        if (productName == null) {
            return "the database (its connection is closed or unusable)";
        }
        return product() + (maskedUrl == null ? "" : " at " + maskedUrl);
    }

    private static boolean contains(String s, String part) {
        return s != null && s.toLowerCase(java.util.Locale.ROOT).contains(part);
    }
}
