package dev.zmodel.introspect;

import dev.zmodel.Provider;

import java.sql.Connection;

public final class SqliteIntrospector implements Introspector {
    @Override
    public Provider provider() {
        return Provider.SQLITE;
    }

    @Override
    public IntrospectionResult read(Connection connection, IntrospectionOptions options) {
        throw new UnsupportedOperationException();
    }
}
