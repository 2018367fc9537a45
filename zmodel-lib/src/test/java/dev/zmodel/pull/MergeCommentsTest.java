package dev.zmodel.pull;

import org.junit.jupiter.api.Test;

import static dev.zmodel.pull.MergeFixture.PG;
import static dev.zmodel.pull.MergeFixture.assertText;
import static dev.zmodel.pull.MergeFixture.merge;

/** {@code ///} and {@code //} comments: the user's stay with their nodes; detached ones stay in place. */
class MergeCommentsTest {

    @Test
    void keepsDocLineAndTrailingCommentsOfModelsFieldsAndAttributes() {
        String existing = PG + """

                // ---- accounts ----

                /// A person who can log in.
                // (imported from the old system)
                model User {
                    /// Primary key.
                    id    Int    @id // never reused
                    // contact
                    email String @unique

                    // lookups
                    @@index([email]) // fast login
                    /* block comment kept */
                }
                """;
        String fresh = """
                model User {
                    id    Int    @id
                    email String @unique

                    @@index([email])
                }
                """;
        assertText(existing, merge(existing, fresh));
    }

    @Test
    void keepsADetachedSectionCommentWhenTheFieldBelowItIsRemoved() {
        String existing = PG + """

                model User {
                    id Int @id

                    // ---- legacy ----

                    fax   String?
                    phone String?
                }
                """;
        String fresh = """
                model User {
                    id    Int     @id
                    phone String?
                }
                """;
        assertText(PG + """

                model User {
                    id Int @id

                    // ---- legacy ----

                    phone String?
                }
                """, merge(existing, fresh));
    }

    @Test
    void keepsAFileHeaderWhenTheFirstModelIsRemoved() {
        String existing = """
                // Schema of the shop. Edit with care.

                model Gone {
                    id Int @id
                }

                model User {
                    id Int @id
                }
                """;
        String fresh = """
                model User {
                    id Int @id
                }
                """;
        assertText("""
                // Schema of the shop. Edit with care.

                model User {
                    id Int @id
                }
                """, merge(existing, fresh));
    }

    @Test
    void addsADatabaseCommentAsDocOnlyWhereTheUserHasNone() {
        String existing = PG + """

                model User {
                    /// The user's own words.
                    id    Int    @id
                    // a line comment is not documentation
                    email String
                }
                """;
        String fresh = """
                /// users of the shop
                model User {
                    /// identifier
                    id    Int    @id
                    /// login e-mail
                    email String
                }
                """;
        assertText(PG + """

                /// users of the shop
                model User {
                    /// The user's own words.
                    id    Int    @id
                    // a line comment is not documentation
                    /// login e-mail
                    email String
                }
                """, merge(existing, fresh));
    }

    /**
     * A model db pull commented out (a table without columns) is the database's: a re-pull removes the block it wrote,
     * wherever the user moved it, and writes the fresh one once at the end; the user's comments stay.
     */
    @Test
    void replacesItsOwnCommentedOutModelAndKeepsTheUsersComments() {
        String note = "// We could not retrieve columns for the underlying table. Either it has no columns or you are "
                + "missing rights to see them. Please check your privileges.\n";
        String block = note + "// model placeholder {\n// }\n";
        String existing = PG + "\n// my notes\nmodel item {\n    id Int @id\n}\n\n" + block
                + "model other {\n    id Int @id\n}\n\n// model draft {\n// }\n";
        String fresh = "model item {\n    id Int @id\n}\n\nmodel other {\n    id Int @id\n}\n\n" + block;
        String merged = merge(existing, fresh);
        assertText(
                PG + "\n// my notes\nmodel item {\n    id Int @id\n}\n\nmodel other {\n    id Int @id\n}\n\n"
                        + "// model draft {\n// }\n" + block,
                merged);
        assertText(merged, merge(merged, fresh));
        assertText(
                PG + "\n// my notes\nmodel item {\n    id Int @id\n}\n\nmodel other {\n    id Int @id\n}\n\n"
                        + "// model draft {\n// }\n",
                merge(merged, "model item {\n    id Int @id\n}\n\nmodel other {\n    id Int @id\n}\n"));
    }
}
