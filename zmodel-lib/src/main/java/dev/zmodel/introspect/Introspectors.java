package dev.zmodel.introspect;

import dev.zmodel.Provider;
import dev.zmodel.schema.DatabaseSchema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The one place that picks the introspector of a provider. */
public final class Introspectors {
    private Introspectors() {}

    public static Introspector forProvider(Provider provider) {
        return switch (provider) {
            case POSTGRESQL -> new PostgresIntrospector();
            case MYSQL -> new MySqlIntrospector();
            case SQLITE -> new SqliteIntrospector();
        };
    }

    /** The provider of a connection, from {@code DatabaseMetaData.getDatabaseProductName()}. */
    public static Provider detect(Connection connection) {
        String product;
        try {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IntrospectionException(
                    ConnectionDescription.of(connection).toString(),
                    "detecting the database product",
                    e.getMessage(),
                    "Check that the connection is open",
                    e);
        }
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (p.contains("postgres")) {
            return Provider.POSTGRESQL;
        }
        if (p.contains("mysql") || p.contains("mariadb")) {
            return Provider.MYSQL;
        }
        if (p.contains("sqlite")) {
            return Provider.SQLITE;
        }
        throw new IntrospectionException(
                ConnectionDescription.of(connection).toString(),
                "detecting the database product",
                "'" + product + "' is not supported",
                "Supported databases: PostgreSQL 12+, MySQL 8, MariaDB 10.6+, " + "SQLite 3.37+",
                null);
    }

    /** Detects the provider of the connection and reads it. */
    public static IntrospectionResult read(Connection connection, IntrospectionOptions options) {
        return forProvider(detect(connection)).read(connection, options);
    }

    /** Detects the provider of the connection and reads it. */
    public static DatabaseSchema introspect(Connection connection, IntrospectionOptions options) {
        return read(connection, options).schema();
    }
}
