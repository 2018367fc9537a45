package dev.zmodel.pull;

import dev.zmodel.Provider;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zmodel.pull.MergeFixture.PG;
import static dev.zmodel.pull.MergeFixture.assertStable;
import static dev.zmodel.pull.MergeFixture.assertText;
import static dev.zmodel.pull.MergeFixture.merge;
import static dev.zmodel.pull.MergeFixture.mergeResult;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** User-chosen names survive: matched by database name, foreign key, constraint name and relation name. */
class MergeNamesTest {
    private static final MergeOptions OPTIONS = MergeOptions.of(Provider.POSTGRESQL);

    @Test
    void keepsAModelRenamedWithMap() {
        String existing = PG + """

                model Account {
                    id Int @id

                    @@map("app_user")
                }
                """;
        String fresh = """
                model AppUser {
                    id    Int     @id
                    email String?

                    @@map("app_user")
                }
                """;
        assertText(PG + """

                model Account {
                    id    Int     @id
                    email String?

                    @@map("app_user")
                }
                """, merge(existing, fresh));
    }

    @Test
    void keepsAFieldRenamedWithMap() {
        String existing = PG + """

                model User {
                    id   Int    @id
                    mail String @map("email_address")
                }
                """;
        String fresh = """
                model User {
                    id           Int    @id
                    emailAddress String @db.VarChar(200) @map("email_address")
                }
                """;
        assertText(PG + """

                model User {
                    id   Int    @id
                    mail String @db.VarChar(200) @map("email_address")
                }
                """, merge(existing, fresh));
    }

    @Test
    void keepsModelsInOtherSchemasApartAndMatchesThemBySchema() {
        String existing = """
                datasource db {
                    provider = "postgresql"
                    url      = env("DATABASE_URL")
                    schemas  = ["public", "billing"]
                }

                model Invoice {
                    id Int @id

                    @@schema("billing")
                }

                model Item {
                    id Int @id

                    @@map("invoice")
                    @@schema("public")
                }
                """;
        String fresh = """
                model Invoice {
                    id    Int @id
                    total Int

                    @@schema("billing")
                }

                model PublicInvoice {
                    id Int @id

                    @@map("invoice")
                }
                """;
        assertText("""
                datasource db {
                    provider = "postgresql"
                    url      = env("DATABASE_URL")
                    schemas  = ["public", "billing"]
                }

                model Invoice {
                    id    Int @id
                    total Int

                    @@schema("billing")
                }

                model Item {
                    id Int @id

                    @@map("invoice")
                    @@schema("public")
                }
                """, merge(existing, fresh));
    }

    @Test
    void keepsRelationFieldNamesMatchedByForeignKeyColumns() {
        String existing = PG + """

                model User {
                    id      Int    @id
                    written Post[]
                }

                model Post {
                    id       Int  @id
                    writer   User @relation(fields: [authorId], references: [id])
                    authorId Int  @map("author_id")
                }
                """;
        String fresh = """
                model User {
                    id    Int    @id
                    posts Post[]
                }

                model Post {
                    id       Int  @id
                    author   User @relation(fields: [authorId], references: [id], onDelete: Cascade)
                    authorId Int  @map("author_id")
                }
                """;
        String merged = merge(existing, fresh);
        assertText(PG + """

                model User {
                    id      Int    @id
                    written Post[]
                }

                model Post {
                    id       Int  @id
                    writer   User @relation(fields: [authorId], references: [id], onDelete: Cascade)
                    authorId Int  @map("author_id")
                }
                """, merged);
        assertStable(merged, fresh, OPTIONS);
    }

    @Test
    void matchesARelationByConstraintNameWhenItsColumnsChanged() {
        String existing = PG + """

                model User {
                    id      Int    @id
                    written Post[]
                }

                model Post {
                    id       Int  @id
                    writer   User @relation(fields: [authorId], references: [id], map: "post_author_fk")
                    authorId Int
                }
                """;
        String fresh = """
                model User {
                    id    Int    @id
                    posts Post[]
                }

                model Post {
                    id      Int  @id
                    user    User @relation(fields: [ownerId], references: [id], map: "post_author_fk")
                    ownerId Int
                }
                """;
        assertText(PG + """

                model User {
                    id      Int    @id
                    written Post[]
                }

                model Post {
                    id      Int  @id
                    writer  User @relation(fields: [ownerId], references: [id], map: "post_author_fk")
                    ownerId Int
                }
                """, merge(existing, fresh));
    }

    @Test
    void matchesARelationByRelationNameWhenColumnsAndConstraintChanged() {
        String existing = PG + """

                model User {
                    id      Int    @id
                    written Post[] @relation("Authorship")
                }

                model Post {
                    id       Int  @id
                    writer   User @relation("Authorship", fields: [authorId], references: [id])
                    authorId Int
                }
                """;
        String fresh = """
                model User {
                    id    Int    @id
                    posts Post[] @relation("Authorship")
                }

                model Post {
                    id      Int  @id
                    owner   User @relation("Authorship", fields: [ownerId], references: [id])
                    ownerId Int
                }
                """;
        assertText(PG + """

                model User {
                    id      Int    @id
                    written Post[] @relation("Authorship")
                }

                model Post {
                    id      Int  @id
                    writer  User @relation("Authorship", fields: [ownerId], references: [id])
                    ownerId Int
                }
                """, merge(existing, fresh));
    }

    @Test
    void keepsTheUsersRelationNameOnBothSides() {
        String existing = PG + """

                model User {
                    id    Int    @id
                    posts Post[] @relation("PostsByAuthor")
                }

                model Post {
                    id       Int  @id
                    author   User @relation("PostsByAuthor", fields: [authorId], references: [id])
                    authorId Int
                }
                """;
        String fresh = """
                model User {
                    id    Int    @id
                    posts Post[]
                }

                model Post {
                    id       Int  @id
                    author   User @relation(fields: [authorId], references: [id])
                    authorId Int
                }
                """;
        String merged = merge(existing, fresh);
        assertText(existing, merged);
        assertStable(merged, fresh, OPTIONS);
    }

    @Test
    void namesAnUnnamedRelationOnlyWhenASecondRelationBetweenTheSameModelsAppears() {
        String existing = PG + """

                model User {
                    id      Int    @id
                    written Post[]
                }

                model Post {
                    id       Int  @id
                    writer   User @relation(fields: [authorId], references: [id])
                    authorId Int
                }
                """;
        String fresh = """
                model User {
                    id              Int    @id
                    postsAsAuthor   Post[] @relation("Post_authorIdToUser")
                    postsAsReviewer Post[] @relation("Post_reviewerIdToUser")
                }

                model Post {
                    id         Int   @id
                    author     User  @relation("Post_authorIdToUser", fields: [authorId], references: [id])
                    authorId   Int
                    reviewer   User? @relation("Post_reviewerIdToUser", fields: [reviewerId], references: [id])
                    reviewerId Int?
                }
                """;
        String merged = merge(existing, fresh);
        assertText(PG + """

                model User {
                    id              Int    @id
                    written         Post[] @relation("Post_authorIdToUser")
                    postsAsReviewer Post[] @relation("Post_reviewerIdToUser")
                }

                model Post {
                    id         Int   @id
                    writer     User  @relation("Post_authorIdToUser", fields: [authorId], references: [id])
                    authorId   Int
                    reviewer   User? @relation("Post_reviewerIdToUser", fields: [reviewerId], references: [id])
                    reviewerId Int?
                }
                """, merged);
        assertStable(merged, fresh, OPTIONS);
    }

    @Test
    void leavesAnUnnamedRelationUnnamedWhenTheGeneratorNamedItButNoNameIsNeeded() {
        String existing = PG + """

                model User {
                    id    Int    @id
                    posts Post[]
                }

                model Post {
                    id   Int  @id
                    user User @relation(fields: [User], references: [id])
                    User Int
                }
                """;
        String fresh = """
                model User {
                    id                 Int    @id
                    Post_Post_UserToUser Post[] @relation("Post_UserToUser")
                }

                model Post {
                    id                   Int  @id
                    User_Post_UserToUser User @relation("Post_UserToUser", fields: [User], references: [id])
                    User                 Int
                }
                """;
        assertText(existing, merge(existing, fresh));
    }

    @Test
    void keepsTheNameOfCompoundIdsAndUniques() {
        String existing = PG + """

                model Member {
                    orgId  Int
                    userId Int
                    email  String
                    slot   Int

                    @@id([orgId, userId], name: "membership")
                    @@unique([orgId, email], name: "orgEmail")
                }
                """;
        String fresh = """
                model Member {
                    orgId  Int
                    userId Int
                    email  String
                    slot   Int

                    @@id([orgId, userId], map: "member_pk")
                    @@unique([orgId, email])
                    @@unique([orgId, slot])
                }
                """;
        String merged = merge(existing, fresh);
        assertText(PG + """

                model Member {
                    orgId  Int
                    userId Int
                    email  String
                    slot   Int

                    @@id([orgId, userId], map: "member_pk", name: "membership")
                    @@unique([orgId, email], name: "orgEmail")
                    @@unique([orgId, slot])
                }
                """, merged);
        assertStable(merged, fresh, OPTIONS);
    }

    @Test
    void givesANewModelAFreeNameWhenATypeDeclarationHasItsName() {
        String existing = PG + """

                type Address {
                    city String
                }
                """;
        String fresh = """
                model Address {
                    id   Int    @id
                    city String
                }
                """;
        MergeResult result = mergeResult(existing, fresh, OPTIONS);
        String merged = dev.zmodel.lang.ZModelFiles.print(result.documents().get(0));
        assertText(PG + """

                type Address {
                    city String
                }

                model Address2 {
                    id   Int    @id
                    city String

                    @@map("Address")
                }
                """, merged);
        assertEquals(
                List.of(MergeWarning.Kind.NAME_CONFLICT),
                result.warnings().stream().map(MergeWarning::kind).toList());
        assertStable(merged, fresh, OPTIONS);
    }

    @Test
    void givesANewFieldAFreeNameWhenAComputedFieldHasItsName() {
        String existing = PG + """

                model User {
                    id        Int    @id
                    firstName String
                    fullName  String @computed
                }
                """;
        String fresh = """
                model User {
                    id        Int     @id
                    firstName String
                    fullName  String? @map("full_name")
                }
                """;
        String merged = merge(existing, fresh);
        assertText(PG + """

                model User {
                    id        Int     @id
                    firstName String
                    fullName2 String? @map("full_name")
                    fullName  String  @computed
                }
                """, merged);
        assertStable(merged, fresh, OPTIONS);
    }

    @Test
    void mapsANewFieldWhoseNameHadToChange() {
        String existing = PG + """

                model User {
                    id    Int    @id
                    total Int    @computed
                }
                """;
        String fresh = """
                model User {
                    id    Int @id
                    total Int
                }
                """;
        assertText(PG + """

                model User {
                    id     Int @id
                    total2 Int @map("total")
                    total  Int @computed
                }
                """, merge(existing, fresh));
    }

    @Test
    void keepsRenamedEnumsAndValuesMatchedByMap() {
        String existing = PG + """

                model User {
                    id   Int  @id
                    role Role @default(Member)
                }

                enum Role {
                    Member @map("member")
                    Admin  @map("admin")

                    @@map("user_role")
                }
                """;
        String fresh = """
                model User {
                    id   Int      @id
                    role UserRole @default(member)
                }

                enum UserRole {
                    member
                    admin
                    guest

                    @@map("user_role")
                }
                """;
        String merged = merge(existing, fresh);
        assertText(PG + """

                model User {
                    id   Int  @id
                    role Role @default(Member)
                }

                enum Role {
                    Member @map("member")
                    Admin  @map("admin")
                    guest

                    @@map("user_role")
                }
                """, merged);
        assertStable(merged, fresh, OPTIONS);
    }

    @Test
    void keepsNamedFormMapsAndSchemasMatchedLikePositionalOnes() {
        String schemas = """
                datasource db {
                    provider = "postgresql"
                    url      = env("DATABASE_URL")
                    schemas  = ["public", "auth"]
                }
                """;
        String existing = schemas + """

                model Account {
                    id       Int    @id
                    fullName String @map(name: "full_name")
                    role     Role

                    @@map(name: "users")
                    @@schema(map: "auth")
                }

                enum Role {
                    Member @map(name: "member")

                    @@map(name: "user_role")
                    @@schema(map: "auth")
                }
                """;
        String fresh = """
                model users {
                    id        Int       @id
                    full_name String    @db.VarChar(100)
                    role      user_role
                    email     String?

                    @@schema("auth")
                }

                enum user_role {
                    member
                    admin

                    @@schema("auth")
                }
                """;
        String merged = merge(existing, fresh);
        assertText(schemas + """

                model Account {
                    id       Int     @id
                    fullName String  @map(name: "full_name") @db.VarChar(100)
                    role     Role
                    email    String?

                    @@map(name: "users")
                    @@schema(map: "auth")
                }

                enum Role {
                    Member @map(name: "member")
                    admin

                    @@map(name: "user_role")
                    @@schema(map: "auth")
                }
                """, merged);
        assertStable(merged, fresh, OPTIONS);
    }
}
