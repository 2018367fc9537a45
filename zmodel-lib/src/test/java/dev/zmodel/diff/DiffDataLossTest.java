package dev.zmodel.diff;

import dev.zmodel.Provider;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ColumnType;
import dev.zmodel.schema.ReferentialAction;
import dev.zmodel.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zmodel.diff.Fixtures.col;
import static dev.zmodel.diff.Fixtures.nullable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each change carries its data-loss class and, when risky, the sentence the user reads. */
class DiffDataLossTest {
    private final Fixtures pg = Fixtures.of(Provider.POSTGRESQL);
    private final Fixtures my = Fixtures.of(Provider.MYSQL);

    private SchemaChange single(Fixtures f, Table from, Table to) {
        List<SchemaChange> changes =
                SchemaDiff.diff(f.schema(from), f.schema(to)).changes();
        assertEquals(1, changes.size(), changes.toString());
        return changes.get(0);
    }

    private SchemaChange column(Fixtures f, Column from, Column to) {
        return single(
                f,
                f.table("User").id().column(from).build(),
                f.table("User").id().column(to).build());
    }

    private static void assertRisk(SchemaChange c, DataLoss level, String sentence) {
        assertEquals(level, c.dataLoss(), c.summary());
        assertEquals(sentence, c.warning());
    }

    @Test
    void destructive() {
        Table user = pg.table("User").id().column(col("age", pg.intType())).build();
        assertRisk(
                single(pg, user, pg.table("User").id().build()),
                DataLoss.DESTRUCTIVE,
                "Drops column `User.age`; its values are lost.");
        assertRisk(
                SchemaDiff.diff(pg.schema(user), pg.empty()).changes().get(0),
                DataLoss.DESTRUCTIVE,
                "Drops table `User`; all its rows are lost.");
        assertRisk(
                column(pg, col("price", pg.decimal(10, 2)), col("price", pg.decimal(10, 0))),
                DataLoss.DESTRUCTIVE,
                "Changes the type of `User.price` from `numeric(10,2)` to `numeric(10,0)`; values may be truncated or "
                        + "rounded.");
        assertRisk(
                column(pg, col("at", pg.timestamp()), col("at", ColumnType.of("date"))),
                DataLoss.DESTRUCTIVE,
                "Changes the type of `User.at` from `timestamp(3)` to `date`; values may be truncated or rounded.");
        assertRisk(
                column(pg, col("r", ColumnType.of("float8")), col("r", pg.intType())),
                DataLoss.DESTRUCTIVE,
                "Changes the type of `User.r` from `float8` to `int4`; values may be truncated or rounded.");
    }

    @Test
    void dataDependent() {
        assertRisk(
                column(pg, nullable("name", pg.text()), col("name", pg.text())),
                DataLoss.DATA_DEPENDENT,
                "Makes column `User.name` required; fails if it contains NULL values.");
        assertRisk(
                single(
                        pg,
                        pg.table("User").id().build(),
                        pg.table("User").id().column(col("age", pg.intType())).build()),
                DataLoss.DATA_DEPENDENT,
                "Adds required column `User.age` without a default value; fails if `User` has rows.");
        assertRisk(
                column(pg, col("name", pg.varchar(255)), col("name", pg.varchar(100))),
                DataLoss.DATA_DEPENDENT,
                "Changes the type of `User.name` from `varchar(255)` to `varchar(100)`; fails if existing values do not "
                        + "fit the new type.");
        assertRisk(
                column(pg, col("n", pg.bigint()), col("n", pg.intType())),
                DataLoss.DATA_DEPENDENT,
                "Changes the type of `User.n` from `int8` to `int4`; fails if existing values do not fit the new type.");
        assertRisk(
                column(pg, col("n", pg.text()), col("n", pg.intType())),
                DataLoss.DATA_DEPENDENT,
                "Changes the type of `User.n` from `text` to `int4`; fails if existing values do not fit the new type.");
        assertRisk(
                single(
                        pg,
                        pg.table("User").id().column(col("email", pg.text())).build(),
                        pg.table("User")
                                .id()
                                .column(col("email", pg.text()))
                                .index(Fixtures.unique("User_email_key", "email"))
                                .build()),
                DataLoss.DATA_DEPENDENT,
                "Adds unique index `User_email_key` on `User`(`email`); fails if these columns hold duplicate values.");
        assertRisk(
                single(
                        pg,
                        pg.table("T").column(col("id", pg.intType())).noPk().build(),
                        pg.table("T").column(col("id", pg.intType())).pk("id").build()),
                DataLoss.DATA_DEPENDENT,
                "Adds a primary key on `T`(`id`); fails if these columns hold duplicate or NULL values.");
        assertRisk(
                column(my, col("plan", my.enumType("P", "FREE", "PRO")), col("plan", my.enumType("P", "PRO"))),
                DataLoss.DATA_DEPENDENT,
                "Removes value `FREE` from the values of `User.plan`; fails if a row still holds it.");
        RecreateEnum recreate = (RecreateEnum) SchemaDiff.diff(
                        pg.schema(
                                List.of(pg.enumDecl("Role", "A", "B", "C")),
                                pg.table("U")
                                        .id()
                                        .column(col("r", pg.enumType("Role")))
                                        .build()),
                        pg.schema(
                                List.of(pg.enumDecl("Role", "A")),
                                pg.table("U")
                                        .id()
                                        .column(col("r", pg.enumType("Role")))
                                        .build()))
                .changes()
                .get(0);
        assertRisk(
                recreate,
                DataLoss.DATA_DEPENDENT,
                "Removes values `B`, `C` from enum `Role`; fails if `U.r` still holds them.");
    }

    @Test
    void foreignKeyOnAnExistingTableDependsOnItsRows() {
        Table parent = pg.table("P").id().build();
        Table child = pg.table("C").id().column(col("pId", pg.intType())).build();
        Table child2 = pg.table("C")
                .id()
                .column(col("pId", pg.intType()))
                .fk(pg.fk("C_pId_fkey", "pId", "P", "id", ReferentialAction.CASCADE, ReferentialAction.CASCADE))
                .build();
        SchemaChange add = SchemaDiff.diff(pg.schema(parent, child), pg.schema(parent, child2))
                .changes()
                .get(0);
        assertRisk(
                add,
                DataLoss.DATA_DEPENDENT,
                "Adds foreign key `C_pId_fkey` on `C`(`pId`); fails if existing rows reference missing `P` rows.");
    }

    @Test
    void reAddingAForeignKeyOnlyToChangeOnDeleteIsSafe() {
        Table parent = pg.table("P").id().build();
        Table child = pg.table("C")
                .id()
                .column(col("pId", pg.intType()))
                .fk(pg.fk("C_pId_fkey", "pId", "P", "id", ReferentialAction.RESTRICT, ReferentialAction.CASCADE))
                .build();
        Table cascade = pg.table("C")
                .id()
                .column(col("pId", pg.intType()))
                .fk(pg.fk("C_pId_fkey", "pId", "P", "id", ReferentialAction.CASCADE, ReferentialAction.CASCADE))
                .build();
        DiffResult r = SchemaDiff.diff(pg.schema(parent, child), pg.schema(parent, cascade));
        assertEquals(2, r.changes().size(), r.changes().toString());
        AddForeignKey add = (AddForeignKey) r.changes().get(1);
        assertEquals(DataLoss.SAFE, add.dataLoss(), "the rows already satisfy the same reference");
        assertNull(add.warning());
        assertEquals(DataLoss.SAFE, r.dataLoss());
    }

    @Test
    void aRequiredColumnWithADefaultFillsItsNullsSoNothingCanFail() {
        Column required = Column.of("name", pg.text(), false).withDefault(pg.stringDefault("nobody"));
        SchemaChange alter = SchemaDiff.diff(
                        pg.schema(pg.table("U")
                                .id()
                                .column(nullable("name", pg.text()))
                                .build()),
                        pg.schema(pg.table("U").id().column(required).build()))
                .changes()
                .get(0);
        assertTrue(((AlterColumn) alter).backfillsNulls());
        assertRisk(alter, DataLoss.SAFE, null);
        assertEquals(
                List.of(
                        "ALTER TABLE \"public\".\"U\" ALTER COLUMN \"name\" SET DEFAULT 'nobody'::text",
                        "UPDATE \"public\".\"U\" SET \"name\" = 'nobody'::text WHERE \"name\" IS NULL",
                        "ALTER TABLE \"public\".\"U\" ALTER COLUMN \"name\" SET NOT NULL"),
                dev.zmodel.diff.ddl.Ddl.forProvider(Provider.POSTGRESQL).statements(alter));
    }

    @Test
    void sqliteKeepsIntegersExactlyAsText() {
        Fixtures lite = Fixtures.of(Provider.SQLITE);
        DiffResult r = SchemaDiff.diff(
                lite.schema(lite.table("U")
                        .id()
                        .column(nullable("n", lite.intType()))
                        .build()),
                lite.schema(
                        lite.table("U").id().column(nullable("n", lite.text())).build()));
        assertEquals(DataLoss.SAFE, r.dataLoss(), r.changes().toString());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void safe() {
        for (SchemaChange c : SchemaDiff.diff(pg.empty(), DiffCases.blog(pg)).changes()) {
            assertEquals(DataLoss.SAFE, c.dataLoss(), c.summary());
            assertNull(c.warning());
        }
        assertEquals(
                DataLoss.SAFE,
                column(pg, col("n", pg.intType()), col("n", pg.bigint())).dataLoss());
        assertEquals(
                DataLoss.SAFE,
                column(pg, col("s", pg.varchar(10)), col("s", pg.text())).dataLoss());
        assertEquals(
                DataLoss.SAFE,
                column(pg, col("n", pg.intType()), nullable("n", pg.intType())).dataLoss());
        assertEquals(
                DataLoss.SAFE,
                column(pg, col("n", pg.decimal(10, 2)), col("n", pg.decimal(12, 2)))
                        .dataLoss());
        assertEquals(
                DataLoss.SAFE,
                column(my, col("p", my.enumType("P", "A")), col("p", my.enumType("P", "A", "B")))
                        .dataLoss());
        assertEquals(
                DataLoss.SAFE,
                single(
                                pg,
                                pg.table("User").id().build(),
                                pg.table("User")
                                        .id()
                                        .column(col("age", pg.intType()).withDefault("0"))
                                        .build())
                        .dataLoss());
        assertEquals(
                DataLoss.SAFE,
                single(
                                pg,
                                pg.table("User").id().build(),
                                pg.table("User")
                                        .id()
                                        .column(nullable("age", pg.intType()))
                                        .build())
                        .dataLoss());
    }

    @Test
    void sqliteRebuildTakesTheRiskOfWhatItDoes() {
        Fixtures f = Fixtures.of(Provider.SQLITE);
        SchemaChange c = single(
                f,
                f.table("T")
                        .id()
                        .column(nullable("a", f.text()))
                        .column(col("b", f.text()))
                        .build(),
                f.table("T").id().column(col("a", f.text())).build());
        RebuildTable rebuild = (RebuildTable) c;
        assertEquals(DataLoss.DESTRUCTIVE, rebuild.dataLoss());
        assertEquals(
                "Drops column `T.b`; its values are lost. Makes column `T.a` required; fails if it contains NULL values.",
                rebuild.warning());
        assertEquals(2, rebuild.reasons().size());
    }

    @Test
    void resultSummarisesTheHighestRisk() {
        DiffResult r = SchemaDiff.diff(pg.schema(pg.table("A").id().build()), pg.empty());
        assertEquals(DataLoss.DESTRUCTIVE, r.dataLoss());
        assertEquals(List.of("Drops table `A`; all its rows are lost."), r.warnings());
    }
}
