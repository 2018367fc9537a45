package dev.zmodel.datasource;

import java.util.regex.Pattern;

/** Hides passwords in database URLs before they reach a log or a message. */
public final class Urls {
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&;](?:[a-z_]*password|pass|pwd)=)[^&;#]*");

    private Urls() {}

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
