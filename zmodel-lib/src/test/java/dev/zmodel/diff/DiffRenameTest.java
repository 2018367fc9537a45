package dev.zmodel.diff;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.ReferentialAction;
import dev.zmodel.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zmodel.diff.Fixtures.col;
import static dev.zmodel.diff.Fixtures.nullable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renames are never guessed: they are suggested with the exact hint, and applied only from hints. */
class DiffRenameTest {
    private final Fixtures f = Fixtures.of(Provider.POSTGRESQL);

    private DatabaseSchema users(String column) {
        return f.schema(f.table("User")
                .id()
                .column(col(column, f.text()))
                .column(nullable("age", f.intType()))
                .build());
    }

    @Test
    void lookalikeColumnIsSuggestedNotRenamed() {
        DiffResult r = SchemaDiff.diff(users("name"), users("fullName"));
        assertEquals(
                List.of("Drop column `User.name`", "Add column `User.fullName`"),
                r.changes().stream().map(SchemaChange::summary).toList());
        assertEquals(1, r.suggestions().size());
        RenameSuggestion s = r.suggestions().get(0);
        assertEquals("User.name=User.fullName", s.hint());
        assertEquals(
                "Column `User.name` is dropped and `User.fullName` is added with the same type; if this is a rename, "
                        + "pass the rename hint `User.name=User.fullName` to keep its values.",
                s.message());
    }

    @Test
    void theSuggestedHintTurnsItIntoARename() {
        DiffResult r =
                SchemaDiff.diff(users("name"), users("fullName"), DiffOptions.withRenames("User.name=User.fullName"));
        assertEquals(1, r.changes().size());
        RenameColumn rename = assertInstanceOf(RenameColumn.class, r.changes().get(0));
        assertEquals("name", rename.from());
        assertEquals("fullName", rename.to());
        assertEquals(DataLoss.SAFE, rename.dataLoss());
        assertEquals(List.of(), r.suggestions());
    }

    @Test
    void similarNamesOfTheSameTypeAreSuggested() {
        Table a = f.table("T")
                .id()
                .column(col("emailAddress", f.text()))
                .column(col("count", f.intType()))
                .build();
        Table b = f.table("T")
                .id()
                .column(col("email_address", f.text()))
                .column(col("total", f.bigint()))
                .build();
        List<RenameSuggestion> s = SchemaDiff.diff(f.schema(a), f.schema(b)).suggestions();
        assertEquals(
                List.of("T.emailAddress=T.email_address"),
                s.stream().map(RenameSuggestion::hint).toList());
    }

    @Test
    void differentTypeOrNullabilityIsNotARename() {
        Table a = f.table("T").id().column(col("name", f.text())).build();
        Table b = f.table("T").id().column(nullable("names", f.text())).build();
        assertEquals(List.of(), SchemaDiff.diff(f.schema(a), f.schema(b)).suggestions());
    }

    @Test
    void tableWithTheSameColumnsIsSuggested() {
        Table user = f.table("User").id().column(col("email", f.text())).build();
        Table person = f.table("Customer").id().column(col("email", f.text())).build();
        DiffResult r = SchemaDiff.diff(f.schema(user), f.schema(person));
        assertEquals(1, r.suggestions().size());
        assertEquals("User=Customer", r.suggestions().get(0).hint());
        assertEquals(
                "Table `User` is dropped and `Customer` is added with the same columns; if this is a rename, pass the "
                        + "rename hint `User=Customer` to keep its rows.",
                r.suggestions().get(0).message());
        DiffResult renamed =
                SchemaDiff.diff(f.schema(user), f.schema(person), DiffOptions.withRenames("User=Customer"));
        assertEquals(
                List.of(
                        "Rename table `User` to `Customer`",
                        "Rename constraint `User_pkey` on `Customer` to `Customer_pkey`"),
                renamed.changes().stream().map(SchemaChange::summary).toList());
    }

    @Test
    void tableAndColumnHintsCombine() {
        Table user = f.table("User").id().column(col("name", f.text())).build();
        Table person = f.table("Person")
                .column(f.id())
                .pk("id")
                .column(col("fullName", f.text()))
                .build();
        // Person keeps the old primary key name so only the renames remain.
        person = new Table(
                person.schema(),
                person.name(),
                person.columns(),
                user.primaryKey(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
        for (String columnHint : List.of("Person.name=Person.fullName", "User.name=User.fullName")) {
            DiffResult r = SchemaDiff.diff(
                    f.schema(user), f.schema(person), DiffOptions.withRenames("User=Person", columnHint));
            assertEquals(
                    List.of("Rename table `User` to `Person`", "Rename column `Person.name` to `fullName`"),
                    r.changes().stream().map(SchemaChange::summary).toList(),
                    columnHint);
        }
    }

    @Test
    void foreignKeysFollowARenamedTable() {
        Table user = f.table("User").id().build();
        Table post = f.table("Post")
                .id()
                .column(col("uId", f.intType()))
                .fk(f.fk(
                        "Post_uId_fkey",
                        "uId",
                        "User",
                        "id",
                        dev.zmodel.schema.ReferentialAction.CASCADE,
                        dev.zmodel.schema.ReferentialAction.CASCADE))
                .build();
        Table person = new Table(
                "public",
                "Person",
                user.columns(),
                user.primaryKey(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
        Table post2 = f.table("Post")
                .id()
                .column(col("uId", f.intType()))
                .fk(f.fk(
                        "Post_uId_fkey",
                        "uId",
                        "Person",
                        "id",
                        dev.zmodel.schema.ReferentialAction.CASCADE,
                        dev.zmodel.schema.ReferentialAction.CASCADE))
                .build();
        DiffResult r =
                SchemaDiff.diff(f.schema(user, post), f.schema(person, post2), DiffOptions.withRenames("User=Person"));
        assertEquals(
                List.of("Rename table `User` to `Person`"),
                r.changes().stream().map(SchemaChange::summary).toList());
    }

    @Test
    void aHintThatNamesNothingIsAnError() {
        var e = assertThrows(
                ZModelException.class,
                () -> SchemaDiff.diff(
                        users("name"), users("fullName"), DiffOptions.withRenames("User.nam=User.fullName")));
        assertEquals(
                "rename hint `User.nam=User.fullName`: table `User` has no column `nam`. Rename hints use database "
                        + "names (`OldTable=NewTable`, `Table.oldColumn=Table.newColumn`); fix or remove the hint.",
                e.getMessage());
        e = assertThrows(
                ZModelException.class,
                () -> SchemaDiff.diff(
                        users("name"), users("fullName"), DiffOptions.withRenames("Usr.name=Usr.fullName")));
        assertTrue(
                e.getMessage()
                        .startsWith("rename hint `Usr.name=Usr.fullName`: table `Usr` does not exist in the "
                                + "current schema."),
                e.getMessage());
        e = assertThrows(
                ZModelException.class,
                () -> SchemaDiff.diff(
                        users("name"), users("fullName"), DiffOptions.withRenames("User.name=User.full")));
        assertTrue(e.getMessage().contains("table `User` in the target schema has no column `full`"), e.getMessage());
        e = assertThrows(
                ZModelException.class,
                () -> SchemaDiff.diff(users("name"), users("name"), DiffOptions.withRenames("User.age=User.years")));
        assertTrue(e.getMessage().contains("column `User.age` still exists in the target schema"), e.getMessage());
        e = assertThrows(
                ZModelException.class,
                () -> SchemaDiff.diff(users("name"), users("name"), DiffOptions.withRenames("User=Person")));
        assertTrue(e.getMessage().contains("table `User` still exists in the target schema"), e.getMessage());
    }

    @Test
    void hintSyntax() {
        assertEquals(new RenameHint(null, "A", null, "B", "A = B"), RenameHint.parse(" A = B "));
        assertEquals(new RenameHint(null, "T", "a", "b", "T.a=T.b"), RenameHint.parse("T.a=T.b"));
        assertEquals(new RenameHint("auth", "Old", null, "New", "auth.Old=New"), RenameHint.parse("auth.Old=New"));
        assertEquals(new RenameHint("auth", "T", "a", "b", "auth.T.a=auth.T.b"), RenameHint.parse("auth.T.a=auth.T.b"));
        for (String bad : List.of("", "A", "=B", "A=", "A=B=C", "T.a=U.b.c", "a.=b", "s.T=t.U")) {
            assertThrows(ZModelException.class, () -> RenameHint.parse(bad), bad);
        }
        // Callers translating ZModel names pass their user's text as the source quoted in errors.
        RenameHint fromZModel =
                new RenameHint(null, "users", "full_name", "display_name", "User.fullName=User.displayName");
        var e = assertThrows(
                ZModelException.class,
                () -> SchemaDiff.diff(users("name"), users("fullName"), new DiffOptions(List.of(fromZModel))));
        assertTrue(
                e.getMessage().startsWith("rename hint `User.fullName=User.displayName`: table `users` does not exist"),
                e.getMessage());
    }

    // ------------------------------------------------------------ implicit many-to-many join tables

    private Table model(String name) {
        return f.table(name).id().build();
    }

    /** Prisma's join table of two models: A references the one whose name sorts first. */
    private Table join(String a, String b) {
        String name = "_" + a + "To" + b;
        return f.table(name)
                .noPk()
                .column(col("A", f.intType()))
                .column(col("B", f.intType()))
                .pk("A", "B")
                .fk(f.fk(name + "_A_fkey", "A", a, "id", ReferentialAction.CASCADE, ReferentialAction.CASCADE))
                .fk(f.fk(name + "_B_fkey", "B", b, "id", ReferentialAction.CASCADE, ReferentialAction.CASCADE))
                .build();
    }

    @Test
    void aModelRenameThatSwapsAAndBRefillsTheJoinTable() {
        DiffResult r = SchemaDiff.diff(
                f.schema(model("Post"), model("Tag"), join("Post", "Tag")),
                f.schema(model("Post"), model("Label"), join("Label", "Post")),
                DiffOptions.withRenames("Tag=Label"));
        ReplaceJoinTable replace = r.changes().stream()
                .filter(ReplaceJoinTable.class::isInstance)
                .map(ReplaceJoinTable.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError(r.changes().toString()));
        assertEquals("_PostToTag", replace.from().name());
        assertEquals("_LabelToPost", replace.to().name());
        assertTrue(dev.zmodel.diff.ddl.Ddl.forProvider(Provider.POSTGRESQL)
                .statements(replace)
                .contains("INSERT INTO \"public\".\"_LabelToPost\" (\"A\", \"B\") SELECT \"B\", \"A\" FROM "
                        + "\"public\".\"_PostToTag\""));
        assertTrue(
                r.changes().stream().noneMatch(c -> c instanceof DropTable || c instanceof CreateTable),
                r.changes().toString());
        assertEquals(DataLoss.SAFE, r.dataLoss());
        assertEquals(List.of(), r.suggestions());
    }

    @Test
    void aModelRenameThatKeepsTheOrderRenamesTheJoinTable() {
        DiffResult r = SchemaDiff.diff(
                f.schema(model("Post"), model("Tag"), join("Post", "Tag")),
                f.schema(model("Article"), model("Tag"), join("Article", "Tag")),
                DiffOptions.withRenames("Post=Article"));
        assertTrue(
                r.changes().stream().anyMatch(c -> c.summary().equals("Rename table `_PostToTag` to `_ArticleToTag`")),
                r.changes().toString());
        assertTrue(r.changes().stream().noneMatch(c -> c instanceof DropTable || c instanceof ReplaceJoinTable));
    }

    @Test
    void onlyTheModelRenameIsSuggestedAndTheJoinTablesOwnHintIsAcceptedToo() {
        DatabaseSchema before = f.schema(model("Post"), model("Tag"), join("Post", "Tag"));
        DatabaseSchema after = f.schema(model("Post"), model("Label"), join("Label", "Post"));
        assertEquals(
                List.of("Tag=Label"),
                SchemaDiff.diff(before, after).suggestions().stream()
                        .map(RenameSuggestion::hint)
                        .toList());
        DiffResult both =
                SchemaDiff.diff(before, after, DiffOptions.withRenames("_PostToTag=_LabelToPost", "Tag=Label"));
        assertEquals(
                1,
                both.changes().stream()
                        .filter(ReplaceJoinTable.class::isInstance)
                        .count(),
                both.changes().toString());
    }
}
