package dev.zmodel.datasource;

import dev.zmodel.ZModelException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code scheme://user:password@host:port/database?k=v} URL split into parts, user and password
 * percent-decoded. Reserved characters in a password must be percent-encoded, as Prisma requires.
 */
record DatabaseUrl(
        String scheme, String user, String password, String hostAndPort, String database, Map<String, String> params) {

    /** @param what names the URL in messages (never with its password) */
    static DatabaseUrl parse(String url, String what) {
        int sep = url.indexOf("://");
        String scheme = url.substring(0, sep).toLowerCase(java.util.Locale.ROOT);
        String rest = url.substring(sep + 3);
        int fragment = rest.indexOf('#');
        if (fragment >= 0) {
            rest = rest.substring(0, fragment);
        }
        int authorityEnd = indexOfAny(rest, "/?");
        String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
        String tail = authorityEnd < 0 ? "" : rest.substring(authorityEnd);
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String info = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon), "user name", what);
            password = colon < 0 ? null : decode(info.substring(colon + 1), "password", what);
            if (user.isEmpty()) {
                user = null;
            }
        }
        if (authority.isEmpty()) {
            throw new ZModelException("The " + what + " has no host: " + Urls.mask(url) + ". Expected " + scheme
                    + "://user:password@host:port/database.");
        }
        String path = tail;
        String query = "";
        int q = tail.indexOf('?');
        if (q >= 0) {
            path = tail.substring(0, q);
            query = tail.substring(q + 1);
        }
        String database = path.startsWith("/") ? path.substring(1) : path;
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            params.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
        }
        return new DatabaseUrl(scheme, user, password, authority, decode(database, "database name", what), params);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Percent-decoding as in URLs ({@code +} stays a plus sign), UTF-8. */
    static String decode(String s, String part, String what) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (hex(s, i + 1) < 0 || hex(s, i + 2) < 0) {
                    throw new ZModelException("The " + part + " in the " + what + " has an invalid percent-encoding."
                            + " Encode reserved characters as %XX (e.g. '@' as %40).");
                }
                bytes.write(hex(s, i + 1) * 16 + hex(s, i + 2));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(String s, int i) {
        return i < s.length() ? Character.digit(s.charAt(i), 16) : -1;
    }
}
