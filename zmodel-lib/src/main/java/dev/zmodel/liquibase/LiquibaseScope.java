package dev.zmodel.liquibase;

import dev.zmodel.Listener;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.LiquibaseSettings;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Runs Liquibase code the way the library must: analytics off, Liquibase's log and console output routed to a
 * {@link Listener}, never to the process's standard streams. Every use of Liquibase in this package goes through
 * {@link #run}.
 */
final class LiquibaseScope {
    private LiquibaseScope() {}

    static <T> T run(Listener listener, ResourceAccessor resources, Callable<T> work) {
        return run(listener, resources, null, work);
    }

    /** {@link #run(Listener, ResourceAccessor, Callable)} with the history settings as Liquibase configuration. */
    static <T> T run(Listener listener, ResourceAccessor resources, LiquibaseSettings settings, Callable<T> work) {
        Map<String, Object> values = new HashMap<>();
        if (settings != null) {
            put(values, LiquibaseSettings.CHANGELOG_TABLE_KEY, settings.changeLogTable());
            put(values, LiquibaseSettings.LOCK_TABLE_KEY, settings.lockTable());
            put(values, LiquibaseSettings.SCHEMA_KEY, settings.schema());
            put(values, LiquibaseSettings.CATALOG_KEY, settings.catalog());
        }
        values.put(AnalyticsArgs.ENABLED.getKey(), false);
        values.put(Scope.Attr.logService.name(), new ListenerLogService(listener == null ? Listener.NONE : listener));
        values.put(Scope.Attr.ui.name(), new LoggerUIService());
        values.put("liquibase.showBanner", false);
        if (resources != null) {
            values.put(Scope.Attr.resourceAccessor.name(), resources);
        }
        try {
            return Scope.child(values, work::call);
        } catch (ZModelException | IllegalStateException | IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new ZModelException("Liquibase failed: " + clean(e), e);
        }
    }

    private static void put(Map<String, Object> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    /**
     * The failure's text without the Java class names Liquibase prefixes ({@code liquibase.exception.X: …}), plus
     * the database's own error when it is not in the text already.
     */
    static String clean(Throwable e) {
        String text = strip(e.getMessage() == null ? "" : e.getMessage());
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof java.sql.SQLException s
                    && s.getMessage() != null
                    && !text.contains(strip(s.getMessage()))) {
                text = text.replaceFirst("[.\\s]+$", "") + " (" + strip(s.getMessage()) + ")";
                break;
            }
        }
        return text.isEmpty() ? "no detail was given" : text;
    }

    private static String strip(String message) {
        return message.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error): ?", "")
                .replaceAll("\\(conn=\\d+\\) ", "")
                .replaceAll(" {2,}", " ")
                .strip();
    }

    static <T> T run(Callable<T> work) {
        return run(Listener.NONE, null, work);
    }
}
