package dev.zmodel.migrate;

import dev.zmodel.datasource.ConnectionSettings;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JDBC URLs of PostgreSQL and MySQL/MariaDB servers: swapping the database, reading the hosts. */
final class ServerUrls {
    private static final Pattern URL = Pattern.compile("^(jdbc:[a-z]+:)(//[^/?]*)?(/?[^?]*)(\\?.*)?$");
    /** A driver sub-protocol before the hosts: {@code jdbc:mariadb:replication://}, {@code jdbc:mysql:loadbalance://}. */
    private static final Pattern SUB_PROTOCOL =
            Pattern.compile("^jdbc:[a-z]+:[a-z:+-]+://.*$", Pattern.CASE_INSENSITIVE);

    private ServerUrls() {}

    static ConnectionSettings withDatabase(ConnectionSettings s, String database, List<String> schemas) {
        Matcher m = URL.matcher(s.jdbcUrl());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a server JDBC URL: " + s.displayUrl());
        }
        String authority = m.group(2) == null ? "" : m.group(2);
        String query = m.group(4) == null ? "" : m.group(4);
        String url = m.group(1) + authority + (authority.isEmpty() ? "" : "/") + database + query;
        return new ConnectionSettings(s.provider(), url, s.user(), s.password(), schemas);
    }

    /**
     * The host names of the URL ({@code //a:1,b:2/db} → a, b); empty when it names none (a local socket, or
     * PostgreSQL's {@code jdbc:postgresql:db}, which means localhost). Driver sub-protocols are skipped
     * ({@code jdbc:mariadb:replication://a,b/db} → a, b); a host part that is not a plain host name
     * ({@code address=(host=h)(port=1)}) is returned whole, which no caller takes for a local host.
     */
    static List<String> hosts(String jdbcUrl) {
        String url = jdbcUrl;
        if (SUB_PROTOCOL.matcher(url).matches()) {
            int scheme = url.indexOf(':', "jdbc:".length());
            url = url.substring(0, scheme + 1) + url.substring(url.indexOf("://") + 1);
        }
        Matcher m = URL.matcher(url);
        if (!m.matches() || m.group(2) == null) {
            return List.of();
        }
        String authority = m.group(2).substring(2);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        return java.util.Arrays.stream(authority.split(","))
                .map(h ->
                        h.startsWith("[") ? h.substring(1, Math.max(1, h.indexOf(']'))) : h.replaceFirst(":\\d*$", ""))
                .filter(h -> !h.isEmpty())
                .toList();
    }
}
