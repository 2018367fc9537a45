package dev.zmodel.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the catalog round trips an introspection makes on a real connection: statements created
 * ({@code createStatement}/{@code prepareStatement}/{@code prepareCall}) plus {@code DatabaseMetaData} calls
 * that return a {@code ResultSet} (each is a catalog query in the driver). Used in one separate, untimed run.
 */
final class CountingConnection {
    private final AtomicInteger queries = new AtomicInteger();
    private final Connection proxy;

    CountingConnection(Connection real) {
        InvocationHandler handler = (p, method, args) -> {
            String name = method.getName();
            if (name.equals("createStatement") || name.equals("prepareStatement") || name.equals("prepareCall")) {
                queries.incrementAndGet();
            }
            Object result = invoke(method, real, args);
            if (name.equals("getMetaData") && result instanceof DatabaseMetaData meta) {
                return metadata(meta, (Connection) p);
            }
            return result;
        };
        proxy = (Connection)
                Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private DatabaseMetaData metadata(DatabaseMetaData real, Connection owner) {
        InvocationHandler handler = (p, method, args) -> {
            if (method.getName().equals("getConnection")) {
                return owner;
            }
            if (ResultSet.class.isAssignableFrom(method.getReturnType())) {
                queries.incrementAndGet();
            }
            return invoke(method, real, args);
        };
        return (DatabaseMetaData)
                Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DatabaseMetaData.class}, handler);
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    Connection connection() {
        return proxy;
    }

    int queries() {
        return queries.get();
    }
}
