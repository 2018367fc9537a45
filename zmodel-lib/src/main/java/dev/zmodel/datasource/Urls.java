package dev.zmodel.datasource;

import dev.zmodel.Provider;

import java.util.regex.Pattern;

/** Database URLs in messages: passwords hidden before they reach a log, an example of each provider's form. */
public final class Urls {
    /** The url {@code init} writes for SQLite, and the SQLite example of {@link #example}. */
    public static final String SQLITE_DEFAULT_URL = "file:./dev.db";

    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&;](?:[a-z_]*password|pass|pwd)=)[^&;#]*");

    private Urls() {}

    /** A url of the provider's form, for a message that tells the user to set one. */
    public static String example(Provider provider) {
        return switch (provider) {
            case POSTGRESQL -> "postgresql://user:password@localhost:5432/mydb";
            case MYSQL -> "mysql://user:password@localhost:3306/mydb";
            case SQLITE -> SQLITE_DEFAULT_URL;
        };
    }

    /**
     * Masks the password of {@code user:password@} (ZModel and JDBC URLs) and of {@code password=} style
     * parameters: {@code postgresql://app:***@db/x}, {@code jdbc:postgresql://db/x?user=app&password=***}.
     * Null stays null.
     */
    public static String mask(String url) {
        if (url == null) {
            return null;
        }
        String masked = url;
        int scheme = masked.indexOf("://");
        if (scheme >= 0) {
            int start = scheme + 3;
            // The last '@' ends the user info: an unencoded '@' in a password must not leak the rest of it.
            int at = masked.lastIndexOf('@');
            int colon = masked.indexOf(':', start);
            if (at > start
                    && colon > start
                    && colon < at
                    && masked.substring(start, colon).indexOf('/') < 0) {
                masked = masked.substring(0, colon + 1) + "***" + masked.substring(at);
            }
        }
        return PASSWORD_PARAM.matcher(masked).replaceAll("$1***");
    }
}
