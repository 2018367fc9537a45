package dev.zmodel.diff;

import dev.zmodel.Provider;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.EnumType;
import dev.zmodel.schema.ReferentialAction;
import dev.zmodel.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zmodel.diff.Fixtures.col;
import static dev.zmodel.diff.Fixtures.index;
import static dev.zmodel.diff.Fixtures.nullable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Changes come out in dependency order, deterministically. */
class DiffOrderingTest {
    private final Fixtures pg = Fixtures.of(Provider.POSTGRESQL);

    private static List<String> summaries(DiffResult r) {
        return r.changes().stream().map(SchemaChange::summary).toList();
    }

    private Table a(Fixtures f) {
        return f.table("A")
                .id()
                .column(nullable("bId", f.intType()))
                .fk(f.fk("A_bId_fkey", "bId", "B", "id", ReferentialAction.SET_NULL, ReferentialAction.CASCADE))
                .build();
    }

    private Table b(Fixtures f) {
        return f.table("B")
                .id()
                .column(nullable("aId", f.intType()))
                .fk(f.fk("B_aId_fkey", "aId", "A", "id", ReferentialAction.SET_NULL, ReferentialAction.CASCADE))
                .build();
    }

    @Test
    void foreignKeyCycleCreatesTablesFirstThenTheirForeignKeys() {
        DiffResult r = SchemaDiff.diff(pg.empty(), pg.schema(b(pg), a(pg)));
        assertEquals(
                List.of(
                        "Create table `A`",
                        "Create table `B`",
                        "Add foreign key `A_bId_fkey` on `A` referencing `B`",
                        "Add foreign key `B_aId_fkey` on `B` referencing `A`"),
                summaries(r));
        assertTrue(
                r.changes().stream()
                        .filter(c -> c instanceof CreateTable)
                        .allMatch(c -> ((CreateTable) c).table().foreignKeys().isEmpty()),
                "no foreign key inline");
        assertTrue(
                r.changes().stream()
                        .filter(c -> c instanceof AddForeignKey)
                        .allMatch(c -> c.dataLoss() == DataLoss.SAFE),
                "foreign keys of new tables are safe");
    }

    @Test
    void referencedTablesAreCreatedFirst() {
        Fixtures f = Fixtures.of(Provider.SQLITE);
        Table user = f.table("User").id().build();
        Table post = f.table("Post")
                .id()
                .column(col("userId", f.intType()))
                .fk(f.fk(null, "userId", "User", "id", ReferentialAction.CASCADE, ReferentialAction.CASCADE))
                .build();
        Table comment = f.table("Comment")
                .id()
                .column(col("postId", f.intType()))
                .fk(f.fk(null, "postId", "Post", "id", ReferentialAction.CASCADE, ReferentialAction.CASCADE))
                .build();
        DiffResult r = SchemaDiff.diff(f.empty(), f.schema(comment, post, user));
        assertEquals(List.of("Create table `User`", "Create table `Post`", "Create table `Comment`"), summaries(r));
        // SQLite declares foreign keys inline: no separate changes.
        assertEquals(1, ((CreateTable) r.changes().get(1)).table().foreignKeys().size());
        // Dropping goes the other way round: children first.
        DiffResult drop = SchemaDiff.diff(f.schema(comment, post, user), f.empty());
        assertEquals(List.of("Drop table `Comment`", "Drop table `Post`", "Drop table `User`"), summaries(drop));
    }

    @Test
    void foreignKeysAreDroppedBeforeTheirTablesAndCycleDropsWork() {
        DiffResult r = SchemaDiff.diff(pg.schema(a(pg), b(pg)), pg.empty());
        // The cycle is broken at the first table by name.
        assertEquals(
                List.of(
                        "Drop foreign key `A_bId_fkey` on `A`",
                        "Drop foreign key `B_aId_fkey` on `B`",
                        "Drop table `A`",
                        "Drop table `B`"),
                summaries(r));
    }

    @Test
    void dependentsAreDroppedBeforeWhatTheyDependOn() {
        Table parent = pg.table("P").id().build();
        Table child = pg.table("C")
                .id()
                .column(col("pId", pg.intType()))
                .column(col("old", pg.intType()))
                .index(index("C_old_idx", "old"))
                .fk(pg.fk("C_pId_fkey", "pId", "P", "id", ReferentialAction.CASCADE, ReferentialAction.CASCADE))
                .build();
        Table childAfter = pg.table("C").id().column(col("pId", pg.intType())).build();
        DiffResult r = SchemaDiff.diff(pg.schema(parent, child), pg.schema(childAfter));
        assertEquals(
                List.of(
                        "Drop foreign key `C_pId_fkey` on `C`",
                        "Drop index `C_old_idx` on `C`",
                        "Drop table `P`",
                        "Drop column `C.old`"),
                summaries(r));
    }

    @Test
    void schemasAndEnumsComeBeforeTablesAndEnumsAreDroppedLast() {
        EnumType role = pg.enumDecl("Role", "A", "B");
        Table t = pg.table("T").id().column(col("role", pg.enumType("Role"))).build();
        Table other = pg.table("O").inSchema("auth").id().build();
        DatabaseSchema to = new DatabaseSchema(
                Provider.POSTGRESQL, null, List.of("public", "auth"), List.of(t, other), List.of(), List.of(role));
        assertEquals(
                List.of("Create schema `auth`", "Create enum `Role`", "Create table `auth.O`", "Create table `T`"),
                summaries(SchemaDiff.diff(pg.empty(), to)));
        assertEquals(
                List.of("Drop table `auth.O`", "Drop table `T`", "Drop enum `Role`"),
                summaries(SchemaDiff.diff(to, pg.empty())));
    }

    @Test
    void primaryKeyChangeRecreatesTheForeignKeysThatReferenceIt() {
        Table parent = pg.table("P")
                .column(col("id", pg.intType()))
                .column(col("code", pg.intType()))
                .pk("id")
                .build();
        Table parent2 = pg.table("P")
                .column(col("id", pg.intType()))
                .column(col("code", pg.intType()))
                .pk("id", "code")
                .index(Fixtures.unique("P_id_key", "id"))
                .build();
        Table child = pg.table("C")
                .id()
                .column(col("pId", pg.intType()))
                .fk(pg.fk("C_pId_fkey", "pId", "P", "id", ReferentialAction.CASCADE, ReferentialAction.CASCADE))
                .build();
        List<String> s = summaries(SchemaDiff.diff(pg.schema(parent, child), pg.schema(parent2, child)));
        assertEquals(
                List.of(
                        "Drop foreign key `C_pId_fkey` on `C`",
                        "Drop primary key of `P`",
                        "Add primary key on `P`(`id`, `code`)",
                        "Create unique index `P_id_key` on `P`",
                        "Add foreign key `C_pId_fkey` on `C` referencing `P`"),
                s);
    }

    @Test
    void typeChangeOfAReferencedColumnRecreatesTheForeignKey() {
        Fixtures f = Fixtures.of(Provider.MYSQL);
        Table parent = f.table("P").id().build();
        Table parent2 =
                f.table("P").column(f.id().withType(f.bigint())).pk("id").build();
        Table child = f.table("C")
                .id()
                .column(col("pId", f.intType()))
                .index(index("C_pId_idx", "pId"))
                .fk(f.fk("C_pId_fkey", "pId", "P", "id", ReferentialAction.CASCADE, ReferentialAction.CASCADE))
                .build();
        Table child2 = f.table("C")
                .id()
                .column(col("pId", f.bigint()))
                .index(index("C_pId_idx", "pId"))
                .fk(f.fk("C_pId_fkey", "pId", "P", "id", ReferentialAction.CASCADE, ReferentialAction.CASCADE))
                .build();
        assertEquals(
                List.of(
                        "Drop foreign key `C_pId_fkey` on `C`",
                        "Alter column `C.pId` (type)",
                        "Alter column `P.id` (type)",
                        "Add foreign key `C_pId_fkey` on `C` referencing `P`"),
                summaries(SchemaDiff.diff(f.schema(parent, child), f.schema(parent2, child2))));
    }

    @Test
    void orderDoesNotDependOnTheOrderOfTheInput() {
        for (DiffCases.Case c : DiffCases.all()) {
            DatabaseSchema from = reversed(c.from());
            DatabaseSchema to = reversed(c.to());
            assertEquals(summaries(c.diff()), summaries(SchemaDiff.diff(from, to, c.options())), c.toString());
        }
    }

    private static DatabaseSchema reversed(DatabaseSchema s) {
        List<Table> tables = new java.util.ArrayList<>(s.tables());
        java.util.Collections.reverse(tables);
        return s.withTables(tables);
    }
}
