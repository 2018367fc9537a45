package dev.zmodel.introspect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a real connection and counts every statement created on it ({@code createStatement},
 * {@code prepareStatement}, {@code prepareCall}) and every {@code getMetaData()} call — an independent check
 * that the introspector's own count is honest and that it makes no per-table JDBC metadata calls.
 */
final class CountingConnection {
    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger metadataCalls = new AtomicInteger();
    private final Connection proxy;

    CountingConnection(Connection real) {
        InvocationHandler handler = (p, method, args) -> {
            String name = method.getName();
            if (name.equals("createStatement") || name.equals("prepareStatement") || name.equals("prepareCall")) {
                statements.incrementAndGet();
            } else if (name.equals("getMetaData")) {
                metadataCalls.incrementAndGet();
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        proxy = (Connection)
                Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    Connection connection() {
        return proxy;
    }

    int statements() {
        return statements.get();
    }

    int metadataCalls() {
        return metadataCalls.get();
    }
}
