package dev.zmodel.introspect;

import dev.zmodel.Provider;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.schema.DatabaseSchema;

import java.sql.Connection;
import java.sql.SQLException;

/** Start and end of an introspection that every dialect shares. */
final class Sessions {
    private Sessions() {}

    /** Describes the database; fails clearly when the connection is closed. */
    static ConnectionDescription describe(Connection connection) {
        boolean closed;
        try {
            closed = connection.isClosed();
        } catch (SQLException e) {
            closed = true;
        }
        ConnectionDescription description = ConnectionDescription.of(connection);
        if (closed || description.productName() == null) {
            throw new IntrospectionException(
                    description.toString(),
                    "opening the catalog",
                    "the connection is closed",
                    "Pass an open connection; introspection does not reconnect",
                    null);
        }
        return description;
    }

    static IntrospectionResult finish(CatalogSession session, DatabaseSchema schema, long start) {
        long elapsed = System.nanoTime() - start;
        session.listener()
                .info("Introspected " + schema.tables().size() + " tables, "
                        + schema.views().size() + " views and "
                        + schema.enums().size() + " enums of "
                        + session.database().product() + " in "
                        + elapsed / 1_000_000 + " ms (" + session.statements() + " catalog queries)");
        return new IntrospectionResult(schema, session.statements(), elapsed);
    }

    /** A view's query as the catalog prints it, without surrounding white space and a trailing semicolon. */
    static String viewDefinition(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.endsWith(";") ? t.substring(0, t.length() - 1).stripTrailing() : t;
    }

    /** An SQL identifier in double quotes, for advice messages. */
    static String quote(String identifier) {
        return Dialect.of(Provider.POSTGRESQL).quote(identifier);
    }
}
