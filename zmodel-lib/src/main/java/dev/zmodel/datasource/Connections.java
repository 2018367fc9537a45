package dev.zmodel.datasource;

import dev.zmodel.ZModelException;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Opens JDBC connections without {@code DriverManager}: inside a Maven plugin realm DriverManager refuses
 * drivers that the caller's class loader cannot see, so drivers are found with {@link ServiceLoader} over
 * the thread context class loader and this library's class loader, and connected to directly.
 */
public final class Connections {
    /** Drivers given by the caller for this thread (the Maven project's dependencies), asked first. */
    private static final ThreadLocal<ClassLoader> DRIVERS = new ThreadLocal<>();

    private Connections() {}

    /** Undoes {@link #driversFrom}. */
    public interface DriverScope extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Until the returned scope is closed, connections opened on this thread look for their driver in {@code loader}
     * first (then the thread context class loader and this library's): a driver the caller provides wins over the
     * bundled one of the same kind. {@code null} changes nothing.
     */
    public static DriverScope driversFrom(ClassLoader loader) {
        ClassLoader previous = DRIVERS.get();
        if (loader != null) {
            DRIVERS.set(loader);
        }
        return () -> {
            if (previous == null) {
                DRIVERS.remove();
            } else {
                DRIVERS.set(previous);
            }
        };
    }

    /**
     * @throws ZModelException "Cannot connect to &lt;masked url&gt; (&lt;provider&gt;): &lt;reason&gt;. Check ..." when no
     *                         driver accepts the URL or the connection fails
     */
    public static Connection open(ConnectionSettings settings) {
        return open(settings, null);
    }

    /**
     * Opens a connection for a named purpose, which the failure message names (e.g. "migrate-deploy", "the shadow
     * database of migrate-dev").
     *
     * @throws ZModelException "Cannot connect to &lt;masked url&gt; (&lt;provider&gt;) for &lt;purpose&gt;: &lt;step&gt;
     *                         failed: &lt;driver text&gt;. &lt;what to check, by the kind of failure&gt;."
     */
    public static Connection open(ConnectionSettings settings, String purpose) {
        Found found = driverFor(settings, purpose);
        Driver driver = found.driver();
        Properties props = new Properties();
        if (settings.user() != null) {
            props.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            props.setProperty("password", settings.password());
        }
        try {
            Connection connection = driver.connect(found.url(), props);
            if (connection == null) {
                throw failure(
                        settings,
                        purpose,
                        "connecting failed: the driver " + driver.getClass().getName() + " does not accept this url",
                        "Check the url format");
            }
            return connection;
        } catch (SQLException e) {
            throw new ZModelException(
                    message(
                            settings,
                            purpose,
                            "connecting failed: " + scrub(detail(e), settings),
                            ConnectionFailure.of(settings.provider(), e).advice(settings)),
                    e);
        }
    }

    /** The driver's text plus, when it only says "the connection attempt failed", its cause's (e.g. the host). */
    private static String detail(SQLException e) {
        String m = e.getMessage() == null ? "connection failed" : e.getMessage().strip();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !m.contains(cause.getMessage())) {
            String c = cause.getMessage().strip();
            m = (m.endsWith(".") ? m.substring(0, m.length() - 1) : m) + " (" + c + ")";
        }
        return m;
    }

    /** A driver and the URL it accepts. */
    private record Found(Driver driver, String url) {}

    /**
     * The first driver that accepts the URL: from the caller's {@link #driversFrom} loader, the thread context class
     * loader, then this library's. A {@code jdbc:mysql:} URL (what Spring and Flyway users write) goes to MySQL
     * Connector/J when it is there, else to the MariaDB driver, which takes it only with {@code permitMysqlScheme}.
     */
    private static Found driverFor(ConnectionSettings settings, String purpose) {
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        if (DRIVERS.get() != null) {
            loaders.add(DRIVERS.get());
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            loaders.add(context);
        }
        loaders.add(Connections.class.getClassLoader());
        List<String> urls = new ArrayList<>(List.of(settings.jdbcUrl()));
        if (settings.jdbcUrl().startsWith("jdbc:mysql:") && !settings.jdbcUrl().contains("permitMysqlScheme")) {
            urls.add(settings.jdbcUrl() + (settings.jdbcUrl().contains("?") ? "&" : "?") + "permitMysqlScheme");
        }
        for (String url : urls) {
            for (ClassLoader loader : loaders) {
                try {
                    for (Driver d : ServiceLoader.load(Driver.class, loader)) {
                        if (d.acceptsURL(url)) {
                            return new Found(d, url);
                        }
                    }
                } catch (SQLException | ServiceConfigurationError e) {
                    // a broken driver on the class path: try the others
                }
            }
        }
        throw failure(
                settings,
                purpose,
                "finding the JDBC driver failed: no driver on the class path accepts this url",
                "Check that the " + settings.provider()
                        + " JDBC driver is a dependency (for Maven: of the project or of the plugin)");
    }

    private static ZModelException failure(ConnectionSettings settings, String purpose, String reason, String advice) {
        return new ZModelException(message(settings, purpose, reason, advice));
    }

    private static String message(ConnectionSettings settings, String purpose, String reason, String advice) {
        return "Cannot connect to " + settings.displayUrl() + " (" + settings.provider() + ")"
                + (purpose == null ? "" : " for " + purpose) + ": " + reason + ". " + advice + ".";
    }

    /** Drivers sometimes echo parts of the URL; the password must never appear in a message. */
    private static String scrub(String message, ConnectionSettings settings) {
        String m = message == null ? "connection failed" : Urls.mask(message).replaceFirst("^\\(conn=\\d+\\) ", "");
        if (settings.password() != null && !settings.password().isEmpty()) {
            m = m.replace(settings.password(), "***");
        }
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
