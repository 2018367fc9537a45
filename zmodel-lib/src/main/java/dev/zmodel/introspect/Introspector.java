package dev.zmodel.introspect;

import dev.zmodel.Provider;
import dev.zmodel.schema.DatabaseSchema;

import java.sql.Connection;

/**
 * Reads a live database into the dialect-neutral relational model ({@link DatabaseSchema}) with a fixed number
 * of catalog queries, independent of the number of tables. One implementation per dialect; obtain one from
 * {@link Introspectors#forProvider}. Implementations are stateless and thread-safe; the connection is only
 * read from (no transaction is started or ended, nothing is written) and is not closed.
 */
public interface Introspector {

    /** The provider this introspector reads. */
    Provider provider();

    /**
     * Reads the database behind {@code connection} and reports how many catalog statements that took.
     *
     * @throws IntrospectionException when the database cannot be read completely (never a partial result)
     */
    IntrospectionResult read(Connection connection, IntrospectionOptions options);

    /** {@link #read} without the statistics. */
    default DatabaseSchema introspect(Connection connection, IntrospectionOptions options) {
        return read(connection, options).schema();
    }
}
