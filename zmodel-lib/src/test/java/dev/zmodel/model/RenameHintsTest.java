package dev.zmodel.model;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.diff.RenameHint;
import dev.zmodel.lang.SchemaIndex;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ZModel-level rename hints → database-name hints through the current schema's maps. */
class RenameHintsTest {
    private static final SchemaIndex CURRENT = ZModelText.index("""
            datasource db {
                provider = "postgresql"
                url = env("DATABASE_URL")
                schemas = ["public", "billing"]
            }

            model Article {
                id       Int    @id
                fullName String @map("full_name")
                title    String

                @@map("articles")
            }

            model Invoice {
                id     Int @id
                amount Int

                @@schema("billing")
            }
            """);

    private static List<RenameHint> translate(String... hints) {
        return RenameHints.translate(CURRENT, null, List.of(hints));
    }

    @Test
    void modelRenameGoesToTheMappedTable() {
        assertEquals(
                List.of(new RenameHint("public", "Post", null, "articles", "Post=Article")),
                translate("Post=Article"),
                "the old model no longer exists: its name is the old table name");
        assertEquals(
                List.of(new RenameHint("billing", "Bill", null, "Invoice", "Bill=Invoice")),
                translate("Bill=Invoice"),
                "the schema of the model");
    }

    @Test
    void anImplicitManyToManyJoinTableIsNamedByItsDatabaseName() {
        SchemaIndex tagged = ZModelText.index("""
                datasource db {
                    provider = "postgresql"
                    url = env("DATABASE_URL")
                }

                model Post {
                    id   Int     @id
                    tags Label[]
                }

                model Label {
                    id    Int    @id
                    posts Post[]
                }
                """);
        assertEquals(
                List.of(new RenameHint("public", "_PostToTag", null, "_LabelToPost", "_PostToTag=_LabelToPost")),
                RenameHints.translate(tagged, null, List.of("_PostToTag=_LabelToPost")),
                "the hint the diff suggests for a join table is accepted");
        assertThrows(
                ZModelException.class,
                () -> RenameHints.translate(tagged, null, List.of("_PostToTag=_NoSuchTable")),
                "a name that is neither a model nor a join table still names nothing");
    }

    @Test
    void fieldRenameGoesToTheMappedColumn() {
        assertEquals(
                List.of(new RenameHint("public", "articles", "name", "full_name", "Article.name=Article.fullName")),
                translate("Article.name=Article.fullName"));
        assertEquals(
                List.of(new RenameHint("public", "articles", "heading", "title", "articles.heading=articles.title")),
                translate("articles.heading=articles.title"),
                "database names are accepted too");
        assertEquals(
                List.of(new RenameHint("public", "articles", "title", "full_name", "Article.title=Article.fullName")),
                translate("Article.title=Article.fullName"),
                "an old name that still exists is translated as well");
    }

    @Test
    void namedArgumentsOfMapAndSchemaCountLikePositionalOnes() {
        SchemaIndex named = ZModelText.index("""
                datasource db {
                    provider = "postgresql"
                    url = env("DATABASE_URL")
                    schemas = ["public", "billing"]
                }

                model Article {
                    id       Int    @id
                    fullName String @map(name: "full_name")

                    @@map(name: "articles")
                    @@schema(map: "billing")
                }
                """);
        assertEquals(
                List.of(
                        new RenameHint("billing", "Post", null, "articles", "Post=Article"),
                        new RenameHint("billing", "articles", "name", "full_name", "Article.name=Article.fullName")),
                RenameHints.translate(named, null, List.of("Post=Article", "Article.name=Article.fullName")));
    }

    @Test
    void hintsThatNameNothingAreErrors() {
        ZModelException e = assertThrows(ZModelException.class, () -> translate("Post=Nope"));
        assertTrue(e.getMessage().contains("rename hint `Post=Nope`: the schema has no model `Nope`"), e.getMessage());
        e = assertThrows(ZModelException.class, () -> translate("Article.a=Article.nope"));
        assertTrue(e.getMessage().contains("model `Article` has no field `nope`"), e.getMessage());
        e = assertThrows(ZModelException.class, () -> translate("Article.name"));
        assertTrue(e.getMessage().contains("is not of the form"), e.getMessage());
    }

    @Test
    void schemaQualifiedDatabaseNamesArePassedOn() {
        assertEquals(List.of(RenameHint.parse("billing.Old=New")), translate("billing.Old=New"));
    }

    @Test
    void providerOfTheDatasourceOrGiven() {
        assertEquals(
                null,
                RenameHints.translate(CURRENT, Provider.MYSQL, List.of("Post=Article"))
                        .get(0)
                        .schema(),
                "no schemas on MySQL");
    }
}
