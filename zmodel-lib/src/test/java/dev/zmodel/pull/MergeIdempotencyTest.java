package dev.zmodel.pull;

import dev.zmodel.Provider;
import dev.zmodel.lang.SchemaValidator;
import dev.zmodel.lang.ZModelFiles;
import dev.zmodel.lang.ZModelParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zmodel.pull.MergeFixture.PG;
import static dev.zmodel.pull.MergeFixture.assertStable;
import static dev.zmodel.pull.MergeFixture.assertText;
import static dev.zmodel.pull.MergeFixture.merge;
import static dev.zmodel.pull.MergeFixture.mergeResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A second pull against an unchanged database changes nothing, byte for byte. */
class MergeIdempotencyTest {
    private static final MergeOptions OPTIONS = MergeOptions.of(Provider.POSTGRESQL);

    /** What the generator writes for a small blog database (relations, self relation, enum, view, indexes). */
    static final String FRESH = """
            /// users of the blog
            model AppUser {
                id        Int        @id @default(autoincrement())
                email     String     @unique @db.VarChar(255)
                name      String?
                role      UserRole   @default(member)
                managerId Int?       @map("manager_id")
                manager   AppUser?   @relation("AppUserToAppUser", fields: [managerId], references: [id], onDelete: SetNull)
                createdAt DateTime   @default(now()) @db.Timestamptz(6) @map("created_at")
                updatedAt DateTime   @updatedAt @map("updated_at")
                reports   AppUser[]  @relation("AppUserToAppUser")
                posts     Post[]
                profile   Profile?

                @@map("app_user")
            }

            model Profile {
                userId Int     @id @map("user_id")
                user   AppUser @relation(fields: [userId], references: [id], onDelete: Cascade)
                bio    String?

                @@map("profile")
            }

            model Post {
                id       Int      @id @default(autoincrement())
                authorId Int      @map("author_id")
                author   AppUser  @relation(fields: [authorId], references: [id])
                slug     String
                title    String
                body     String?
                tags     PostTag[]

                @@unique([authorId, slug])
                @@index([title(sort: Desc)])
                @@map("post")
            }

            model PostTag {
                postId Int    @map("post_id")
                post   Post   @relation(fields: [postId], references: [id], onDelete: Cascade)
                tag    String

                @@id([postId, tag])
                @@map("post_tag")
            }

            view ActiveUsers {
                id    Int?
                email String?

                @@map("active_users")
            }

            enum UserRole {
                ADMIN
                member
                guestX @map("guest-x")

                @@map("user_role")
            }
            """;

    @Test
    void aFirstPullIntoADatasourceOnlySchemaIsStableAndValid() {
        String merged = merge(PG, FRESH);
        assertStable(merged, FRESH, OPTIONS);
        assertEquals(
                List.of(),
                SchemaValidator.validate(
                        List.of(ZModelParser.parse(merged, "schema.zmodel").document())));
    }

    @Test
    void aHandEditedSchemaIsStableAndKeepsItsEdits() {
        String existing = PG + """

                plugin policy {
                    provider = "@zenstackhq/plugin-policy"
                }

                // ---- people ----

                /// A person with an account.
                model Account {
                    id        Int        @id @default(autoincrement())
                    email     String     @unique @db.VarChar(255) @email @lower
                    name      String?    @length(max: 80)
                    role      Role       @default(Member)
                    bossId    Int?       @map("manager_id")
                    boss      Account?   @relation("Hierarchy", fields: [bossId], references: [id], onDelete: SetNull)
                    createdAt DateTime   @default(now()) @db.Timestamptz(6) @map("created_at")
                    updatedAt DateTime   @updatedAt @map("updated_at")
                    team      Account[]  @relation("Hierarchy")
                    articles  Post[]
                    profile   Profile?
                    display   String     @computed

                    @@map("app_user")
                    @@allow("read", true)
                    @@allow("update", auth() == this)
                }

                model Profile {
                    userId Int     @id @map("user_id")
                    owner  Account @relation(fields: [userId], references: [id], onDelete: Cascade)
                    bio    String? @length(max: 500)

                    @@map("profile")
                }

                model Post {
                    id       Int       @id @default(autoincrement())
                    authorId Int       @map("author_id")
                    writer   Account   @relation(fields: [authorId], references: [id])
                    slug     String    @regex("^[a-z-]+$")
                    title    String
                    body     String?   @omit
                    tags     PostTag[]

                    @@unique([authorId, slug], name: "authorSlug")
                    @@index([title(sort: Desc)])
                    @@map("post")
                    @@validate(title != "")
                }

                model PostTag {
                    postId Int    @map("post_id")
                    post   Post   @relation(fields: [postId], references: [id], onDelete: Cascade)
                    tag    String

                    @@id([postId, tag])
                    @@map("post_tag")
                }

                view ActiveUsers {
                    id    Int     @unique
                    email String?

                    @@map("active_users")
                }

                enum Role {
                    Admin  @map("ADMIN")
                    Member @map("member")
                    Guest  @map("guest-x")

                    @@map("user_role")
                }
                """;
        MergeResult result = mergeResult(existing, FRESH, OPTIONS);
        String merged = ZModelFiles.print(result.documents().get(0));
        assertText(existing, merged);
        assertTrue(result.changes().isEmpty(), () -> "no declaration should change: " + result.changes());
        assertStable(merged, FRESH, OPTIONS);
        assertEquals(
                List.of(),
                SchemaValidator.validate(List.of(
                                ZModelParser.parse(merged, "schema.zmodel").document()))
                        .stream()
                        .filter(d -> d.isError())
                        .toList());
    }
}
