package dev.zmodel.migrate;

import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.dialect.Dialect;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static dev.zmodel.PropertyNames.ALLOW_REMOTE;
import static dev.zmodel.PropertyNames.flag;

/**
 * Decides whether a database is a developer's local one, for the goals that drop data ({@code migrate-reset},
 * {@code db-push -Dzenstack.forceReset}, the reset of {@code migrate-dev}): SQLite files, and servers reached as
 * {@code localhost}, {@code 127.x.x.x}, {@code ::1} or through a local socket (a URL without a host).
 */
public final class LocalDatabases {
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private LocalDatabases() {}

    public static boolean isLocal(ConnectionSettings settings) {
        if (Dialect.of(settings.provider()).facts().fileDatabase()) {
            return true;
        }
        List<String> hosts = ServerUrls.hosts(settings.jdbcUrl());
        return hosts.stream().allMatch(LocalDatabases::isLocalHost);
    }

    static boolean isLocalHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        // 127.x.x.x only as an address literal: "127.example.com" is somebody's server
        return h.equals("localhost")
                || LOOPBACK_V4.matcher(h).matches()
                || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1")
                || h.startsWith("/");
    }

    /**
     * Refuses a non-local database for a destructive action unless {@code allowRemote}.
     *
     * @param action "migrate-reset drops every table"
     */
    public static void requireLocal(ConnectionSettings settings, boolean allowRemote, String action) {
        if (!allowRemote && !isLocal(settings)) {
            throw new ZModelException("Refusing to run on " + settings.displayUrl() + ": " + action + ", and the "
                    + "database is not local (host is not localhost, 127.0.0.1, ::1 or a socket). If this really is a "
                    + "development database, pass " + flag(ALLOW_REMOTE, "true") + ".");
        }
    }
}
