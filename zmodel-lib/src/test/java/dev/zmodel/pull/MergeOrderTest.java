package dev.zmodel.pull;

import org.junit.jupiter.api.Test;

import static dev.zmodel.pull.MergeFixture.PG;
import static dev.zmodel.pull.MergeFixture.assertStable;
import static dev.zmodel.pull.MergeFixture.assertText;
import static dev.zmodel.pull.MergeFixture.merge;

/** Order of declarations and members: the user's order stays, new things go where the database has them. */
class MergeOrderTest {

    @Test
    void keepsTheOrderOfModelsViewsEnumsTypesAndOtherDeclarations() {
        String existing = PG + """

                enum Role {
                    USER
                    ADMIN
                }

                type Address {
                    city String
                }

                view ActiveUser {
                    id Int?
                }

                attribute @@audited()

                model Post {
                    id Int @id
                }

                function slugify(s: String): String {
                }

                model User {
                    id Int @id
                }
                """;
        String fresh = """
                model User {
                    id Int @id
                }

                model Post {
                    id Int @id
                }

                view ActiveUser {
                    id Int?
                }

                enum Role {
                    USER
                    ADMIN
                }
                """;
        String merged = merge(existing, fresh);
        assertText(existing, merged);
    }

    @Test
    void appendsNewDeclarationsToTheEndInFreshOrder() {
        String existing = PG + """

                model User {
                    id Int @id
                }
                """;
        String fresh = """
                model Comment {
                    id Int @id
                }

                model User {
                    id Int @id
                }

                view Stats {
                    n Int?
                }

                enum Status {
                    OPEN
                }
                """;
        assertText(PG + """

                model User {
                    id Int @id
                }

                model Comment {
                    id Int @id
                }

                view Stats {
                    n Int?
                }

                enum Status {
                    OPEN
                }
                """, merge(existing, fresh));
    }

    @Test
    void insertsANewFieldAfterTheFieldOfThePrecedingColumn() {
        String existing = PG + """

                model User {
                    id       Int    @id
                    email    String
                    fullName String @computed
                    bio      String?
                }
                """;
        String fresh = """
                model User {
                    id       Int     @id
                    email    String
                    nickname String?
                    bio      String?
                    age      Int?
                }
                """;
        String merged = merge(existing, fresh);
        assertText(PG + """

                model User {
                    id       Int    @id
                    email    String
                    nickname String?
                    fullName String @computed
                    bio      String?
                    age      Int?
                }
                """, merged);
        assertStable(merged, fresh, MergeOptions.of(dev.zmodel.Provider.POSTGRESQL));
    }

    @Test
    void insertsANewFirstColumnBeforeTheFirstField() {
        String existing = PG + """

                model Tag {
                    // the label
                    label String @id

                    @@map("tag")
                }
                """;
        String fresh = """
                model Tag {
                    id    Int    @default(autoincrement())
                    label String @id

                    @@map("tag")
                }
                """;
        assertText(PG + """

                model Tag {
                    id    Int    @default(autoincrement())
                    // the label
                    label String @id

                    @@map("tag")
                }
                """, merge(existing, fresh));
    }

    @Test
    void removesModelsWhoseTableIsGone() {
        String existing = PG + """

                model User {
                    id Int @id
                }

                /// Old audit table.
                model AuditLog {
                    id Int @id
                }

                model Post {
                    id Int @id
                }
                """;
        String fresh = """
                model User {
                    id Int @id
                }

                model Post {
                    id Int @id
                }
                """;
        var result = MergeFixture.mergeResult(existing, fresh, MergeOptions.of(dev.zmodel.Provider.POSTGRESQL));
        assertText(
                PG + """

                model User {
                    id Int @id
                }

                model Post {
                    id Int @id
                }
                """, dev.zmodel.lang.ZModelFiles.print(result.documents().get(0)));
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.List.of(new DeclarationChange("model", "AuditLog", DeclarationChange.Change.REMOVED)),
                result.changes());
    }

    @Test
    void removesFieldsWhoseColumnIsGone() {
        String existing = PG + """

                model User {
                    id     Int    @id
                    legacy String // to be dropped
                    email  String
                }
                """;
        String fresh = """
                model User {
                    id    Int    @id
                    email String
                }
                """;
        assertText(PG + """

                model User {
                    id    Int    @id
                    email String
                }
                """, merge(existing, fresh));
    }

    @Test
    void enumValuesFollowTheDatabaseOrderAndKeepTheirComments() {
        String existing = PG + """

                enum Status {
                    /// Waiting for review.
                    PENDING
                    DONE // finished
                    OBSOLETE
                }
                """;
        String fresh = """
                enum Status {
                    DRAFT
                    DONE
                    PENDING
                }
                """;
        assertText(PG + """

                enum Status {
                    DRAFT
                    DONE // finished
                    /// Waiting for review.
                    PENDING
                }
                """, merge(existing, fresh));
    }

    @Test
    void placesANewRelationAndItsBackReferenceWhereTheFreshSchemaHasThem() {
        String existing = PG + """

                model User {
                    id    Int    @id
                    email String

                    @@allow("read", true)
                }

                model Post {
                    id    Int    @id
                    title String
                    body  String?
                }
                """;
        String fresh = """
                model User {
                    id    Int    @id
                    email String
                    posts Post[]
                }

                model Post {
                    id       Int     @id
                    title    String
                    author   User    @relation(fields: [authorId], references: [id])
                    authorId Int
                    body     String?
                }
                """;
        String merged = merge(existing, fresh);
        assertText(PG + """

                model User {
                    id    Int    @id
                    email String
                    posts Post[]

                    @@allow("read", true)
                }

                model Post {
                    id       Int     @id
                    title    String
                    author   User    @relation(fields: [authorId], references: [id])
                    authorId Int
                    body     String?
                }
                """, merged);
        assertStable(merged, fresh, MergeOptions.of(dev.zmodel.Provider.POSTGRESQL));
    }
}
