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

/** Everything ZenStack adds to Prisma's language is the user's and survives a pull. */
class MergeZenStackTest {
    private static final MergeOptions OPTIONS = MergeOptions.of(Provider.POSTGRESQL);

    private static final String FRESH_POST = """
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
            }
            """;

    @Test
    void keepsModelAndFieldPolicies() {
        String existing = PG + """

                model User {
                    id    Int    @id
                    email String @allow("read", auth() == this) @deny("update", true)
                    posts Post[]

                    @@allow("read", true)
                    @@deny("delete", auth() == null)
                }

                model Post {
                    id       Int    @id
                    title    String
                    author   User   @relation(fields: [authorId], references: [id])
                    authorId Int

                    @@allow("all", author == auth())
                }
                """;
        String merged = merge(existing, FRESH_POST);
        assertText(existing, merged);
        assertStable(merged, FRESH_POST, OPTIONS);
    }

    @Test
    void keepsValidationAttributesAndModelValidation() {
        String existing = PG + """

                model User {
                    id    Int    @id
                    email String @email @length(5, 100) @trim @lower
                    posts Post[]

                    @@validate(email != "", "email required")
                }

                model Post {
                    id       Int    @id
                    title    String @length(min: 1) @regex("^[A-Z]")
                    author   User   @relation(fields: [authorId], references: [id])
                    authorId Int    @gt(0)
                }
                """;
        assertText(existing, merge(existing, FRESH_POST));
    }

    @Test
    void keepsOmit() {
        String existing = PG + """

                model User {
                    id       Int    @id
                    password String @omit
                }
                """;
        String fresh = """
                model User {
                    id       Int    @id
                    password String @db.VarChar(60)
                }
                """;
        assertText(PG + """

                model User {
                    id       Int    @id
                    password String @omit @db.VarChar(60)
                }
                """, merge(existing, fresh));
    }

    @Test
    void keepsTypedJsonFieldsAndTheirTypeDeclarations() {
        String existing = PG + """

                type Address {
                    street String
                    city   String
                }

                model User {
                    id       Int        @id
                    address  Address?   @json
                    previous Address[]  @json
                }
                """;
        String fresh = """
                model User {
                    id       Int   @id
                    address  Json?
                    previous Json  @default("[]")
                }
                """;
        String merged = merge(existing, fresh);
        assertText(PG + """

                type Address {
                    street String
                    city   String
                }

                model User {
                    id       Int       @id
                    address  Address?  @json
                    previous Address[] @json @default("[]")
                }
                """, merged);
        assertStable(merged, fresh, OPTIONS);
    }

    @Test
    void keepsComputedFieldsThatHaveNoColumn() {
        String existing = PG + """

                model User {
                    id        Int    @id
                    firstName String
                    lastName  String
                    fullName  String @computed
                    postCount Int    @computed
                }
                """;
        String fresh = """
                model User {
                    id        Int    @id
                    firstName String
                    lastName  String
                }
                """;
        assertText(existing, merge(existing, fresh));
    }

    @Test
    void keepsAuthDelegateAndMeta() {
        String existing = PG + """

                model User {
                    id    Int    @id @meta("label", "ID")
                    email String @meta("label", "E-mail")

                    @@auth
                    @@meta("description", "people")
                }

                model Asset {
                    id   Int    @id
                    type String

                    @@delegate(type)
                }

                model Video extends Asset {
                    duration Int
                }
                """;
        String fresh = """
                model User {
                    id    Int    @id
                    email String
                }

                model Asset {
                    id    Int    @id
                    type  String
                    video Video?
                }

                model Video {
                    id       Int   @id
                    asset    Asset @relation(fields: [id], references: [id], onDelete: Cascade)
                    duration Int
                    fps      Int?
                }
                """;
        String merged = merge(existing, fresh);
        assertText(PG + """

                model User {
                    id    Int    @id @meta("label", "ID")
                    email String @meta("label", "E-mail")

                    @@auth
                    @@meta("description", "people")
                }

                model Asset {
                    id   Int    @id
                    type String

                    @@delegate(type)
                }

                model Video extends Asset {
                    duration Int
                    fps      Int?
                }
                """, merged);
        assertStable(merged, fresh, OPTIONS);
    }

    @Test
    void doesNotRepeatColumnsThatAMixinDeclares() {
        String existing = PG + """

                type Timestamps {
                    createdAt DateTime @default(now())
                    updatedAt DateTime @updatedAt
                }

                model Post with Timestamps {
                    id Int @id
                }
                """;
        String fresh = """
                model Post {
                    id        Int      @id
                    createdAt DateTime @default(now()) @db.Timestamptz(6)
                    updatedAt DateTime @updatedAt
                    title     String?
                }
                """;
        String merged = merge(existing, fresh);
        assertText(PG + """

                type Timestamps {
                    createdAt DateTime @default(now())
                    updatedAt DateTime @updatedAt
                }

                model Post with Timestamps {
                    id    Int     @id
                    title String?
                }
                """, merged);
        assertStable(merged, fresh, OPTIONS);
    }

    @Test
    void keepsPluginGeneratorAttributeFunctionProcedureDeclarationsImportsAndTheDatasource() {
        String existing = """
                import "./other"

                datasource db {
                    provider     = "postgresql"
                    url          = env("DATABASE_URL")
                    directUrl    = env("DIRECT_URL")
                    extensions   = [pg_trgm]
                }

                generator client {
                    provider = "prisma-client-js"
                }

                plugin hooks {
                    provider = "@zenstackhq/tanstack-query"
                    output   = "./hooks"
                }

                attribute @@cached(seconds: Int)

                function currentTenant(): String {
                }

                procedure getStats(id: Int): Int

                mutation procedure archive(id: Int): Boolean

                model User {
                    id Int @id

                    @@cached(60)
                }
                """;
        String fresh = """
                model User {
                    id Int @id
                }
                """;
        String merged = MergeFixture.merge(existing, fresh);
        assertText(existing, merged);
    }

    @Test
    void warnsWhenAKeptAttributeStillNamesARemovedField() {
        String existing = PG + """

                model Post {
                    id        Int     @id
                    published Boolean

                    @@allow("read", published)
                }
                """;
        String fresh = """
                model Post {
                    id Int @id
                }
                """;
        MergeResult result = mergeResult(existing, fresh, OPTIONS);
        assertEquals(
                List.of(
                        new MergeWarning(
                                MergeWarning.Kind.STALE_REFERENCE,
                                "model Post",
                                "@@allow refers to "
                                        + "published, which was removed because its column is gone. Update or remove the attribute.")),
                result.warnings());
    }
}
