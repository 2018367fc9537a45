package dev.zmodel.diff;

import dev.zmodel.Provider;
import dev.zmodel.diff.ddl.SchemaApplier;
import dev.zmodel.introspect.Introspectors;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.PrimaryKey;
import dev.zmodel.schema.Table;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL has no cast from {@code time} to {@code timestamp} or from {@code date} to {@code time}; a type change
 * between them (and so the rollback of the opposite change) must still run. Found by the migration property test
 * (rolling back {@code DateTime} → {@code DateTime @db.Time(3)}).
 */
class PostgresTemporalCastTest {

    private static DatabaseSchema schema(ColumnType type) {
        Table t = Table.of(
                "public",
                "T",
                List.of(Column.of("id", ColumnType.of("int4"), false), Column.of("at", type, true)),
                new PrimaryKey("T_pkey", List.of("id")));
        return new DatabaseSchema(Provider.POSTGRESQL, null, List.of("public"), List.of(t), List.of(), List.of());
    }

    private static ColumnType type(String name, Integer precision) {
        return new ColumnType(ColumnType.Kind.BUILTIN, null, name, null, precision, null, 0, false, List.of(), name);
    }

    @ParameterizedTest
    @CsvSource({
        "time,timestamp,1970-01-01 10:11:12",
        "timetz,timestamptz,",
        "time,timestamptz,",
        "date,time,00:00:00",
        "date,timetz,",
        "timestamp,time,10:11:12"
    })
    void temporalTypesConvertBothWays(String from, String to, String expected) throws Exception {
        try (TestDatabase db = TestDatabases.create(Provider.POSTGRESQL);
                Connection c = db.connect()) {
            DatabaseSchema a = schema(type(from, from.equals("date") ? null : 3));
            DatabaseSchema b = schema(type(to, to.equals("date") ? null : 3));
            SchemaApplier.create(c, a);
            String value = switch (from) {
                case "date" -> "'2020-01-02'";
                case "timestamp" -> "'2020-01-02 10:11:12'";
                default -> "'10:11:12'";
            };
            db.execute("INSERT INTO \"T\" VALUES (1, " + value + ")");
            SchemaApplier.apply(c, Provider.POSTGRESQL, SchemaDiff.diff(a, b).changes());
            assertTrue(SchemaDiff.diff(
                            Introspectors.introspect(c, dev.zmodel.introspect.IntrospectionOptions.defaults()), b)
                    .changes()
                    .isEmpty());
            if (expected != null) {
                assertEquals(
                        expected, db.query("SELECT at::text FROM \"T\"").get(0).get(0));
            }
            SchemaApplier.apply(c, Provider.POSTGRESQL, SchemaDiff.diff(b, a).changes());
            assertTrue(SchemaDiff.diff(
                            Introspectors.introspect(c, dev.zmodel.introspect.IntrospectionOptions.defaults()), a)
                    .changes()
                    .isEmpty());
        }
    }
}
