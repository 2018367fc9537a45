package dev.zmodel.testing;

import dev.zmodel.Provider;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.datasource.Connections;
import dev.zmodel.datasource.Urls;

/**
 * The selector of invoker projects that need a database server (their {@code selector.groovy} is one call to
 * {@link #serverReachable}): like the library's database tests, such a project is skipped with the reason when the
 * server is unreachable, unless {@code CI=true}, where it runs and fails on the connection error instead.
 */
public final class InvokerSelector {
    private InvokerSelector() {}

    /**
     * @param jdbcUrl the server URL the build passes to the scripts ({@code postgresUrl} / {@code mysqlUrl})
     * @param envName the environment variable that configures it, named in the skip reason
     */
    public static boolean serverReachable(String jdbcUrl, String envName) {
        Provider provider = jdbcUrl.startsWith("jdbc:postgresql:") ? Provider.POSTGRESQL : Provider.MYSQL;
        try {
            Connections.open(new ConnectionSettings(provider, jdbcUrl, null, null, java.util.List.of()))
                    .close();
            return true;
        } catch (Exception e) {
            if ("true".equals(System.getenv("CI"))) {
                return true;
            }
            System.out.println("Skipped: no " + provider.id() + " test server at " + Urls.mask(jdbcUrl) + " (set "
                    + envName + "): " + e.getMessage());
            return false;
        }
    }
}
