package dev.zmodel.pull;

import dev.zmodel.Provider;
import org.junit.jupiter.api.Test;

import static dev.zmodel.pull.MergeFixture.PG;
import static dev.zmodel.pull.MergeFixture.assertText;
import static dev.zmodel.pull.MergeFixture.merge;

/** Models of tables that were not introspected (include/exclude, other schemas) are left alone. */
class MergeScopeTest {

    @Test
    void keepsModelsOutsideTheIntrospectedTablesUnchanged() {
        String existing = PG + """

                model User {
                    id    Int    @id
                    posts Post[]
                }

                model Post {
                    id       Int  @id
                    author   User @relation(fields: [authorId], references: [id])
                    authorId Int
                }

                model AuditLog {
                    id Int @id
                }
                """;
        String fresh = """
                model Post {
                    id       Int     @id
                    authorId Int
                    title    String?
                }
                """;
        MergeScope onlyPosts = (schema, table) -> table.equals("Post");
        assertText(
                PG + """

                model User {
                    id    Int    @id
                    posts Post[]
                }

                model Post {
                    id       Int     @id
                    author   User    @relation(fields: [authorId], references: [id])
                    authorId Int
                    title    String?
                }

                model AuditLog {
                    id Int @id
                }
                """,
                merge(existing, fresh, MergeOptions.of(Provider.POSTGRESQL).withScope(onlyPosts)));
    }
}
