package dev.zmodel.diff;

import dev.zmodel.Provider;
import dev.zmodel.schema.AutoIncrement;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.IndexColumn;
import dev.zmodel.schema.Table;
import dev.zmodel.schema.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static dev.zmodel.diff.Fixtures.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A schema diffed with itself is empty, and equal things spelled differently within the contract compare equal. */
class DiffSelfTest {

    /** Every scenario's "from" and "to", plus unmanaged objects and a view, diffed with themselves. */
    @ParameterizedTest
    @EnumSource(Provider.class)
    void diffOfASchemaWithItselfIsEmpty(Provider provider) {
        for (DiffCases.Case c : DiffCases.all(provider)) {
            for (DatabaseSchema s : List.of(c.from(), c.to(), withExtras(c.to()))) {
                DiffResult result = SchemaDiff.diff(s, s);
                assertEquals(List.of(), result.changes(), c + ": " + result.changes());
                assertEquals(List.of(), result.suggestions(), c.toString());
            }
        }
    }

    private static DatabaseSchema withExtras(DatabaseSchema s) {
        List<Table> tables = new ArrayList<>();
        for (Table t : s.tables()) {
            List<Index> indexes = new ArrayList<>(t.indexes());
            indexes.add(new Index(
                    t.name() + "_expr_idx",
                    List.of(new IndexColumn(null, "lower(x)", null, null, null, null)),
                    false,
                    false,
                    null,
                    null,
                    false,
                    false));
            tables.add(new Table(
                    t.schema(),
                    t.name(),
                    t.columns(),
                    t.primaryKey(),
                    indexes,
                    t.foreignKeys(),
                    List.of(new dev.zmodel.schema.CheckConstraint(t.name() + "_check", "1 = 1")),
                    t.exclusions(),
                    t.comment(),
                    t.traits()));
        }
        return new DatabaseSchema(
                s.provider(),
                s.product(),
                s.namespaces(),
                tables,
                List.of(new View(null, "active_users", List.of(), "SELECT 1", false, null)),
                s.enums());
    }

    @Test
    void postgresTimestampPrecisionNullMeansSix() {
        Fixtures f = Fixtures.of(Provider.POSTGRESQL);
        ColumnType declared = new ColumnType(
                ColumnType.Kind.BUILTIN,
                null,
                "timestamptz",
                null,
                6,
                null,
                0,
                false,
                List.of(),
                "timestamp(6) with time zone");
        ColumnType implicit = ColumnType.of("timestamptz");
        assertNoChanges(f, col("at", declared), col("at", implicit));
        ColumnType three = new ColumnType(
                ColumnType.Kind.BUILTIN, null, "timestamptz", null, 3, null, 0, false, List.of(), "timestamptz(3)");
        assertEquals(1, diff(f, col("at", implicit), col("at", three)).size());
    }

    @Test
    void mysqlIgnoresIntegerDisplayWidthsButNotTinyintOne() {
        Fixtures f = Fixtures.of(Provider.MYSQL);
        assertNoChanges(f, col("n", ColumnType.withLength("int", 11)), col("n", ColumnType.of("int")));
        assertNoChanges(f, col("n", ColumnType.withLength("bigint", 20)), col("n", ColumnType.of("bigint")));
        assertEquals(
                1,
                diff(f, col("b", ColumnType.withLength("tinyint", 4)), col("b", ColumnType.withLength("tinyint", 1)))
                        .size());
        assertNoChanges(
                f,
                col("d", ColumnType.of("datetime")),
                col(
                        "d",
                        new ColumnType(
                                ColumnType.Kind.BUILTIN,
                                null,
                                "datetime",
                                null,
                                0,
                                null,
                                0,
                                false,
                                List.of(),
                                "datetime")));
    }

    @Test
    void mysqlAndMariaDbSpellingsOfDefaultsAreEqual() {
        Fixtures f = Fixtures.of(Provider.MYSQL);
        ColumnType ts = ColumnType.of("timestamp");
        assertNoChanges(
                f,
                col("at", ts).withDefault("current_timestamp()"),
                col("at", ts).withDefault("CURRENT_TIMESTAMP"));
        assertNoChanges(
                f,
                col("n", ColumnType.of("int")).withDefault("0"),
                col("n", ColumnType.of("int")).withDefault("'0'"));
        assertNoChanges(
                f,
                col("u", ColumnType.withLength("char", 36)).withDefault("uuid()"),
                col("u", ColumnType.withLength("char", 36)).withDefault("(uuid())"));
        assertEquals(
                1,
                diff(
                                f,
                                col("s", ColumnType.withLength("varchar", 9)).withDefault("'a'"),
                                col("s", ColumnType.withLength("varchar", 9)).withDefault("'b'"))
                        .size());
    }

    @Test
    void sqliteIntegerPrimaryKeyIsARowidAliasEitherWay() {
        Fixtures f = Fixtures.of(Provider.SQLITE);
        Column plain = col("id", ColumnType.of("integer"));
        Table a = f.table("T").column(plain).pk("id").build();
        Table b = f.table("T")
                .column(plain.withAutoIncrement(AutoIncrement.ROWID))
                .pk("id")
                .build();
        assertEquals(List.of(), SchemaDiff.diff(f.schema(a), f.schema(b)).changes());
        assertEquals(List.of(), SchemaDiff.diff(f.schema(b), f.schema(a)).changes());
    }

    @Test
    void sqliteAutoindexNamesAreNotCompared() {
        Fixtures f = Fixtures.of(Provider.SQLITE);
        Index auto =
                new Index("sqlite_autoindex_T_1", List.of(IndexColumn.of("a")), true, true, null, null, false, false);
        Index named = new Index("T_a_key", List.of(IndexColumn.of("a")), true, true, null, null, false, false);
        Table a = f.table("T").id().column(col("a", f.intType())).index(auto).build();
        Table b = f.table("T").id().column(col("a", f.intType())).index(named).build();
        assertEquals(List.of(), SchemaDiff.diff(f.schema(a), f.schema(b)).changes());
        // An inline UNIQUE and a unique index on the same column are one key: no rebuild to turn one into the other.
        Table c = f.table("T")
                .id()
                .column(col("a", f.intType()))
                .index(Fixtures.unique("T_a_key", "a"))
                .build();
        assertEquals(List.of(), SchemaDiff.diff(f.schema(a), f.schema(c)).changes());
        // A unique key on another column is a change (a rebuild: the autoindex cannot be dropped on its own).
        Table d = f.table("T")
                .id()
                .column(col("a", f.intType()))
                .column(col("b", f.intType()))
                .index(Fixtures.unique("T_b_key", "b"))
                .build();
        assertTrue(
                SchemaDiff.diff(f.schema(a), f.schema(d)).changes().stream().anyMatch(x -> x instanceof RebuildTable));
    }

    @Test
    void btreeIsTheDefaultIndexMethod() {
        Fixtures f = Fixtures.of(Provider.POSTGRESQL);
        Index implicit = Fixtures.index("T_a_idx", "a");
        Index explicit = new Index("T_a_idx", implicit.columns(), false, false, "btree", null, false, false);
        Table a =
                f.table("T").id().column(col("a", f.intType())).index(implicit).build();
        Table b =
                f.table("T").id().column(col("a", f.intType())).index(explicit).build();
        assertEquals(List.of(), SchemaDiff.diff(f.schema(a), f.schema(b)).changes());
    }

    @Test
    void enumTypeWithoutSchemaIsInTheDefaultSchema() {
        Fixtures f = Fixtures.of(Provider.POSTGRESQL);
        Table a = f.table("T")
                .id()
                .column(col("r", ColumnType.enumType("public", "Role")))
                .build();
        Table b = f.table("T")
                .id()
                .column(col("r", ColumnType.enumType(null, "Role")))
                .build();
        var enums = List.of(f.enumDecl("Role", "A"));
        assertEquals(
                List.of(),
                SchemaDiff.diff(
                                f.schema(enums, a),
                                f.schema(List.of(new dev.zmodel.schema.EnumType(null, "Role", List.of("A"), null)), b))
                        .changes());
    }

    @Test
    void attributesTheTargetDoesNotStateAreKept() {
        Fixtures f = Fixtures.of(Provider.MYSQL);
        Column withExtras = new Column(
                "at",
                ColumnType.of("timestamp"),
                true,
                null,
                AutoIncrement.NONE,
                null,
                null,
                "current_timestamp()",
                "utf8mb4_bin");
        Column bare = Column.of("at", ColumnType.of("timestamp"), true);
        assertEquals(List.of(), diff(f, withExtras, bare));
        // A target that states them is honoured.
        assertEquals(
                java.util.Set.of(ColumnChange.COLLATION, ColumnChange.ON_UPDATE),
                ((AlterColumn) diff(f, bare, withExtras).get(0)).changes());
        // When the column changes anyway, the kept attributes are restated so MODIFY does not drop them.
        List<SchemaChange> changes = diff(f, withExtras, bare.withNullable(false));
        AlterColumn alter = (AlterColumn) changes.get(0);
        assertEquals("current_timestamp()", alter.to().onUpdate());
        assertEquals("utf8mb4_bin", alter.to().collation());
    }

    @Test
    void diffingAcrossProvidersIsAnError() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.zmodel.ZModelException.class,
                () -> SchemaDiff.diff(DatabaseSchema.empty(Provider.MYSQL), DatabaseSchema.empty(Provider.SQLITE)));
        assertTrue(e.getMessage().contains("same database provider"), e.getMessage());
    }

    private static List<SchemaChange> diff(Fixtures f, Column from, Column to) {
        Table a = f.table("T").id().column(from).build();
        Table b = f.table("T").id().column(to).build();
        return SchemaDiff.diff(f.schema(a), f.schema(b)).changes();
    }

    private static void assertNoChanges(Fixtures f, Column from, Column to) {
        assertEquals(List.of(), diff(f, from, to));
        assertEquals(List.of(), diff(f, to, from));
    }
}
