package dev.zmodel.pull;

import dev.zmodel.Provider;
import org.junit.jupiter.api.Test;

import static dev.zmodel.pull.MergeFixture.PG;
import static dev.zmodel.pull.MergeFixture.assertStable;
import static dev.zmodel.pull.MergeFixture.assertText;
import static dev.zmodel.pull.MergeFixture.merge;

/** Model-level {@code @@id}, {@code @@unique}, {@code @@index} follow the database. */
class MergeIndexesTest {

    @Test
    void aDroppedColumnLeavesNoAttributeThatReferencesIt() {
        String existing = PG + """

                model Post {
                    id       Int    @id
                    authorId Int
                    slug     String
                    title    String

                    @@unique([authorId, slug])
                    @@index([slug])
                    @@index([title])
                    @@allow("read", true)
                }
                """;
        String fresh = """
                model Post {
                    id       Int    @id
                    authorId Int
                    title    String

                    @@index([title])
                }
                """;
        assertText(PG + """

                model Post {
                    id       Int    @id
                    authorId Int
                    title    String

                    @@index([title])
                    @@allow("read", true)
                }
                """, merge(existing, fresh));
    }

    @Test
    void addsNewIndexesAndFollowsChangedOnes() {
        String existing = PG + """

                model Post {
                    id        Int      @id
                    title     String
                    createdAt DateTime

                    @@index([title])
                    @@allow("read", true)
                }
                """;
        String fresh = """
                model Post {
                    id        Int      @id
                    title     String
                    createdAt DateTime

                    @@index([title], type: Hash)
                    @@index([createdAt(sort: Desc)], map: "post_recent")
                    @@unique([title, createdAt])
                }
                """;
        String merged = merge(existing, fresh);
        assertText(PG + """

                model Post {
                    id        Int      @id
                    title     String
                    createdAt DateTime

                    @@index([title], type: Hash)
                    @@index([createdAt(sort: Desc)], map: "post_recent")
                    @@unique([title, createdAt])
                    @@allow("read", true)
                }
                """, merged);
        assertStable(merged, fresh, MergeOptions.of(Provider.POSTGRESQL));
    }

    @Test
    void translatesIndexFieldsToTheUsersFieldNames() {
        String existing = PG + """

                model Post {
                    id    Int    @id
                    when  DateTime @map("created_at")
                    title String
                }
                """;
        String fresh = """
                model Post {
                    id        Int      @id
                    createdAt DateTime @map("created_at")
                    title     String

                    @@unique([title, createdAt])
                    @@index([createdAt(sort: Desc)])
                }
                """;
        assertText(PG + """

                model Post {
                    id    Int      @id
                    when  DateTime @map("created_at")
                    title String

                    @@unique([title, when])
                    @@index([when(sort: Desc)])
                }
                """, merge(existing, fresh));
    }

    @Test
    void aDroppedPrimaryKeyColumnRemovesTheCompoundId() {
        String existing = PG + """

                model Tagging {
                    postId Int
                    tagId  Int
                    extra  Int

                    @@id([postId, tagId, extra])
                }
                """;
        String fresh = """
                model Tagging {
                    postId Int
                    tagId  Int

                    @@id([postId, tagId])
                }
                """;
        assertText(PG + """

                model Tagging {
                    postId Int
                    tagId  Int

                    @@id([postId, tagId])
                }
                """, merge(existing, fresh));
    }
}
