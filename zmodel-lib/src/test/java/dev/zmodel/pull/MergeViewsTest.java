package dev.zmodel.pull;

import dev.zmodel.Provider;
import org.junit.jupiter.api.Test;

import static dev.zmodel.pull.MergeFixture.PG;
import static dev.zmodel.pull.MergeFixture.assertStable;
import static dev.zmodel.pull.MergeFixture.assertText;
import static dev.zmodel.pull.MergeFixture.merge;

/** Views have no constraints in the database: what the user says about them wins. */
class MergeViewsTest {

    @Test
    void viewFieldsAreOptionalUnlessTheUserMadeThemRequired() {
        String existing = PG + """

                view UserStats {
                    userId Int
                    posts  Int?
                }
                """;
        String fresh = """
                view UserStats {
                    userId Int?
                    posts  Int?
                    likes  Int?
                }
                """;
        String merged = merge(existing, fresh);
        assertText(PG + """

                view UserStats {
                    userId Int
                    posts  Int?
                    likes  Int?
                }
                """, merged);
        assertStable(merged, fresh, MergeOptions.of(Provider.POSTGRESQL));
    }

    @Test
    void keepsIdUniqueAndIndexesOnViews() {
        String existing = PG + """

                view UserStats {
                    userId Int    @id
                    email  String @unique
                    posts  Int?
                    gone   Int?

                    @@index([posts])
                    @@index([gone])
                }
                """;
        String fresh = """
                view UserStats {
                    userId Int?
                    email  String?
                    posts  Int?
                }
                """;
        assertText(PG + """

                view UserStats {
                    userId Int    @id
                    email  String @unique
                    posts  Int?

                    @@index([posts])
                }
                """, merge(existing, fresh));
    }

    @Test
    void keepsRelationsToAndFromViews() {
        String existing = PG + """

                model User {
                    id    Int        @id
                    stats UserStats?
                }

                view UserStats {
                    userId Int  @unique
                    posts  Int?
                    user   User @relation(fields: [userId], references: [id])
                }
                """;
        String fresh = """
                model User {
                    id Int @id
                }

                view UserStats {
                    userId Int?
                    posts  Int?
                }
                """;
        assertText(existing, merge(existing, fresh));
    }
}
