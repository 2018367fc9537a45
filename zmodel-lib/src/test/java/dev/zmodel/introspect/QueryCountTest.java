package dev.zmodel.introspect;

import dev.zmodel.Provider;
import dev.zmodel.testing.SyntheticSchema;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The number of catalog queries is fixed per dialect: introspecting 5 or 200 tables executes the same
 * statements. Counted by the introspector and, independently, by a counting wrapper around the connection.
 */
class QueryCountTest {

    private record Count(int tables, int reported, int statements, int metadataCalls) {}

    @ParameterizedTest
    @EnumSource(Provider.class)
    void catalogQueriesDoNotDependOnTheNumberOfTables(Provider provider) throws SQLException {
        Count small = introspect(provider, 5);
        Count large = introspect(provider, 200);

        assertEquals(5, small.tables());
        assertEquals(200, large.tables());
        assertEquals(small.reported(), large.reported(), "catalog queries reported for 5 vs 200 tables");
        assertEquals(small.statements(), large.statements(), "statements created for 5 vs 200 tables");
        assertEquals(small.metadataCalls(), large.metadataCalls(), "getMetaData() calls for 5 vs 200 tables");
        assertEquals(small.reported(), small.statements(), "the reported count is every statement executed");
        int expected = switch (provider) {
            case POSTGRESQL -> 7; // schemas, relations, columns, constraints, indexes, enums, stored objects
            case MYSQL -> 8; // current database, tables, columns, indexes, foreign-key rules and columns, checks,
            // stored objects
            case SQLITE -> 4; // sqlite_schema (with triggers), columns, indexes, foreign keys
        };
        assertEquals(expected, large.reported());
    }

    private static Count introspect(Provider provider, int tables) throws SQLException {
        try (TestDatabase db = TestDatabases.create(provider);
                Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                for (String statement : SyntheticSchema.statements(provider, tables)) {
                    s.execute(statement);
                }
            }
            CountingConnection counting = new CountingConnection(c);
            IntrospectionResult result =
                    Introspectors.forProvider(provider).read(counting.connection(), IntrospectionOptions.defaults());
            return new Count(
                    result.schema().tables().size(),
                    result.catalogQueries(),
                    counting.statements(),
                    counting.metadataCalls());
        }
    }
}
