package dev.zmodel.model;

import dev.zmodel.Provider;
import dev.zmodel.diff.DiffResult;
import dev.zmodel.diff.SchemaChange;
import dev.zmodel.diff.SchemaDiff;
import dev.zmodel.diff.ddl.SchemaApplier;
import dev.zmodel.introspect.IntrospectionOptions;
import dev.zmodel.introspect.Introspectors;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.Table;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract on real databases: a rich schema per provider (every scalar, every {@code @db.*} type of the
 * provider, defaults of every kind, enums, composite keys, index options, relations of every kind including self
 * and many-to-many, delegates, multi-schema on PostgreSQL) is created with our DDL, introspected, and must equal
 * the model — by the diff (no change) and structurally (table by table, {@code raw} type texts aside).
 */
class ModelContractTest {

    /** Columns with every field of their type (ColumnType's toString shows only the display text). */
    static String describe(List<dev.zmodel.schema.Column> columns) {
        return columns.stream()
                .map(c -> c.name() + " " + c.type().kind() + " " + c.type().schema() + "."
                        + c.type().name() + " len=" + c.type().length() + " p="
                        + c.type().precision() + " s="
                        + c.type().scale() + " dims=" + c.type().arrayDimensions() + " u="
                        + c.type().unsigned() + " "
                        + c.type().values() + " null=" + c.nullable() + " default=" + c.defaultValue() + " "
                        + c.autoIncrement())
                .collect(Collectors.joining("\n"));
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void databaseCreatedFromTheModelIntrospectsAsTheModel(Provider provider) throws Exception {
        DatabaseSchema model = ZModelText.model(ZModelText.resource("model/contract/" + provider.id() + ".zmodel"));
        try (TestDatabase db = TestDatabases.create(provider);
                Connection c = db.connect()) {
            // the PostgreSQL model lists citext in the datasource's extensions: the applier creates it
            SchemaApplier.create(c, model);
            DatabaseSchema actual = Introspectors.introspect(
                    c,
                    IntrospectionOptions.defaults()
                            .withSchemas(
                                    provider == Provider.POSTGRESQL
                                            ? model.namespaces()
                                            : IntrospectionOptions.DEFAULT_SCHEMAS));

            DiffResult diff = SchemaDiff.diff(actual, model);
            assertEquals(
                    "",
                    diff.changes().stream().map(SchemaChange::summary).collect(Collectors.joining("\n")),
                    "diff(introspected, model)");
            assertTrue(SchemaDiff.diff(model, actual).changes().isEmpty(), "diff(model, introspected)");

            DatabaseSchema expected = ZModelText.comparable(model);
            DatabaseSchema got = ZModelText.comparable(actual);
            assertEquals(
                    expected.tables().stream().map(Table::name).toList(),
                    got.tables().stream().map(Table::name).toList(),
                    "tables");
            for (int i = 0; i < expected.tables().size(); i++) {
                Table e = expected.tables().get(i);
                Table g = got.tables().get(i);
                assertEquals(describe(e.columns()), describe(g.columns()), e.name() + " columns");
                assertEquals(e.primaryKey(), g.primaryKey(), e.name() + " primary key");
                assertEquals(e.indexes(), g.indexes(), e.name() + " indexes");
                assertEquals(e.foreignKeys(), g.foreignKeys(), e.name() + " foreign keys");
            }
            assertEquals(expected.enums(), got.enums(), "enums");
            assertEquals(expected, got);
        }
    }
}
