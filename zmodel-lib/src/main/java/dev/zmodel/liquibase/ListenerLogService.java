package dev.zmodel.liquibase;

import dev.zmodel.Listener;
import liquibase.logging.Logger;
import liquibase.logging.core.AbstractLogService;
import liquibase.logging.core.AbstractLogger;

import java.util.logging.Level;

/**
 * Liquibase's log, routed to a {@link Listener} at debug level (Liquibase talks a lot; what matters to the user
 * is reported by our own messages and exceptions). Nothing reaches {@code System.out}/{@code System.err}.
 */
final class ListenerLogService extends AbstractLogService {
    private final Listener listener;

    ListenerLogService(Listener listener) {
        this.listener = listener;
    }

    @Override
    public int getPriority() {
        return PRIORITY_SPECIALIZED;
    }

    @Override
    public Logger getLog(Class clazz) {
        return new AbstractLogger() {
            @Override
            public void log(Level level, String message, Throwable e) {
                if (message != null && level.intValue() >= Level.INFO.intValue()) {
                    listener.debug("[liquibase] " + message);
                }
            }
        };
    }
}
