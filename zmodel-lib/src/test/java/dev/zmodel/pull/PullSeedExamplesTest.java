package dev.zmodel.pull;

import dev.zmodel.Provider;
import dev.zmodel.introspect.IntrospectionOptions;
import dev.zmodel.introspect.Introspectors;
import dev.zmodel.lang.ZModelFiles;
import dev.zmodel.lang.ZModelParser;
import dev.zmodel.lang.ZModelPrinter;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The examples of Prisma's introspection documentation ("Rules and conventions"), each on its own
 * PostgreSQL database, generated with the prisma preset. Each test checks two things:
 * <ol>
 *   <li>the output is exactly what Prisma 6's {@code db pull} writes for the same SQL (captured with the reference
 *       tool; here in our 4-space canonical formatting);</li>
 *   <li>it is the documentation's example: the documentation predates native types and referential actions, so
 *       after removing {@code @db.VarChar(255)} and {@code onDelete: NoAction, onUpdate: NoAction} (a plain SQL
 *       foreign key is NO ACTION, which Prisma 6 writes out) every model equals the documented one (the
 *       documentation lists the models in another order than the catalog).</li>
 * </ol>
 * The duplicate-name example fails in the documentation ("The model "User" cannot be defined…"); here it is
 * resolved as Prisma 6 resolves it on PostgreSQL (the schema as prefix) and the result is valid.
 */
class PullSeedExamplesTest {
    private static GeneratedSchema pull(String sql) throws Exception {
        try (TestDatabase db = TestDatabases.create(Provider.POSTGRESQL)) {
            db.execute(sql);
            try (Connection c = db.connect()) {
                return PullGenerator.generate(
                        Introspectors.introspect(c, IntrospectionOptions.defaults()),
                        GenerateOptions.defaults().withNaming(Naming.PRISMA));
            }
        }
    }

    private static String print(GeneratedSchema schema) {
        String text = ZModelFiles.print(schema.document());
        PullFixtures.assertValid(
                PullFixtures.print(Provider.POSTGRESQL, List.of(), "public", schema.document()), "seed example");
        return text;
    }

    /** Declarations by name, each printed canonically. */
    private static Map<String, String> models(String text) {
        Map<String, String> result = new TreeMap<>();
        for (Declaration d : ZModelParser.parse(text, "x.zmodel").document().declarations()) {
            result.put(d.name(), ZModelPrinter.print(d));
        }
        return result;
    }

    private static void assertDocumented(String actual, String documented) {
        String withoutPrisma6Additions =
                actual.replace(", onDelete: NoAction, onUpdate: NoAction", "").replace(" @db.VarChar(255)", "");
        assertEquals(
                models(ZModelFiles.formatText(documented, "doc.zmodel")),
                models(ZModelFiles.formatText(withoutPrisma6Additions, "actual.zmodel")));
    }

    @Test
    void sanitizationOfInvalidCharacters() throws Exception {
        String actual = print(pull("""
                CREATE TABLE "42User" (
                _id SERIAL PRIMARY KEY,
                _name VARCHAR(255),
                two$two INTEGER
                );
                """));
        assertEquals("""
                model User {
                    id      Int     @id @default(autoincrement()) @map("_id")
                    name    String? @map("_name") @db.VarChar(255)
                    two_two Int?    @map("two$two")

                    @@map("42User")
                }
                """, actual);
        assertDocumented(actual, """
                model User {
                  id      Int     @id @default(autoincrement()) @map("_id")
                  name    String? @map("_name")
                  two_two Int?    @map("two$two")

                  @@map("42User")
                }
                """);
    }

    @Test
    void duplicateIdentifiersAfterSanitizationAreResolved() throws Exception {
        GeneratedSchema schema = pull("""
                CREATE TABLE "42User" (
                _id SERIAL PRIMARY KEY
                );
                CREATE TABLE "24User" (
                _id SERIAL PRIMARY KEY
                );
                """);
        assertEquals("""
                model public_24User {
                    id Int @id @default(autoincrement()) @map("_id")

                    @@map("24User")
                }

                model public_42User {
                    id Int @id @default(autoincrement()) @map("_id")

                    @@map("42User")
                }
                """, print(schema));
        assertEquals(
                List.of("24User", "42User"),
                schema.warnings(PullWarning.Kind.DUPLICATE_NAME).stream()
                        .map(PullWarning::object)
                        .toList());
    }

    @Test
    void oneToOneRelation() throws Exception {
        String actual = print(pull("""
                CREATE TABLE "User" (
                id SERIAL PRIMARY KEY
                );
                CREATE TABLE "Profile" (
                id SERIAL PRIMARY KEY,
                "user" integer NOT NULL UNIQUE,
                FOREIGN KEY ("user") REFERENCES "User"(id)
                );
                """));
        assertEquals("""
                model Profile {
                    id   Int  @id @default(autoincrement())
                    user Int  @unique
                    User User @relation(fields: [user], references: [id], onDelete: NoAction, onUpdate: NoAction)
                }

                model User {
                    id      Int      @id @default(autoincrement())
                    Profile Profile?
                }
                """, actual);
        assertDocumented(actual, """
                model User {
                  id      Int      @id @default(autoincrement())
                  Profile Profile?
                }

                model Profile {
                  id   Int  @id @default(autoincrement())
                  user Int  @unique
                  User User @relation(fields: [user], references: [id])
                }
                """);
    }

    @Test
    void oneToManyRelation() throws Exception {
        String actual = print(pull("""
                CREATE TABLE "User" (
                id SERIAL PRIMARY KEY
                );
                CREATE TABLE "Post" (
                id SERIAL PRIMARY KEY,
                "author" integer NOT NULL,
                FOREIGN KEY ("author") REFERENCES "User"(id)
                );
                """));
        assertEquals("""
                model Post {
                    id     Int  @id @default(autoincrement())
                    author Int
                    User   User @relation(fields: [author], references: [id], onDelete: NoAction, onUpdate: NoAction)
                }

                model User {
                    id   Int    @id @default(autoincrement())
                    Post Post[]
                }
                """, actual);
        assertDocumented(actual, """
                model User {
                  id   Int    @id @default(autoincrement())
                  Post Post[]
                }

                model Post {
                  id     Int  @id @default(autoincrement())
                  author Int
                  User   User @relation(fields: [author], references: [id])
                }
                """);
    }

    @Test
    void disambiguatingRelations() throws Exception {
        String actual = print(pull("""
                CREATE TABLE "User" (
                id SERIAL PRIMARY KEY
                );
                CREATE TABLE "Post" (
                id SERIAL PRIMARY KEY,
                "author" integer NOT NULL,
                "favoritedBy" INTEGER,
                FOREIGN KEY ("author") REFERENCES "User"(id),
                FOREIGN KEY ("favoritedBy") REFERENCES "User"(id)
                );
                """));
        assertEquals("""
                model Post {
                    id                          Int   @id @default(autoincrement())
                    author                      Int
                    favoritedBy                 Int?
                    User_Post_authorToUser      User  @relation("Post_authorToUser", fields: [author], references: [id], onDelete: NoAction, onUpdate: NoAction)
                    User_Post_favoritedByToUser User? @relation("Post_favoritedByToUser", fields: [favoritedBy], references: [id], onDelete: NoAction, onUpdate: NoAction)
                }

                model User {
                    id                          Int    @id @default(autoincrement())
                    Post_Post_authorToUser      Post[] @relation("Post_authorToUser")
                    Post_Post_favoritedByToUser Post[] @relation("Post_favoritedByToUser")
                }
                """, actual);
        assertDocumented(actual, """
                model Post {
                  id                          Int   @id @default(autoincrement())
                  author                      Int
                  favoritedBy                 Int?
                  User_Post_authorToUser      User  @relation("Post_authorToUser", fields: [author], references: [id])
                  User_Post_favoritedByToUser User? @relation("Post_favoritedByToUser", fields: [favoritedBy], references: [id])
                }

                model User {
                  id                          Int    @id @default(autoincrement())
                  Post_Post_authorToUser      Post[] @relation("Post_authorToUser")
                  Post_Post_favoritedByToUser Post[] @relation("Post_favoritedByToUser")
                }
                """);
    }
}
