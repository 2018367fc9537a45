package dev.zmodel.pull;

import dev.zmodel.Provider;
import dev.zmodel.lang.ZModelFiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zmodel.pull.MergeFixture.PG;
import static dev.zmodel.pull.MergeFixture.assertText;
import static dev.zmodel.pull.MergeFixture.mergeFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Multi-file schemas: declarations go back to the file they came from, new ones to the entry file. */
class MergeFilesTest {

    @Test
    void declarationsStayInTheirFilesAndNewOnesGoToTheEntryFile() {
        String entry = """
                import "./blog"

                """ + PG + """

                model User {
                    id Int @id
                }
                """;
        String blog = """
                import "./schema"

                /// Blog posts.
                model Post {
                    id Int @id
                }

                enum Status {
                    DRAFT
                }

                model Obsolete {
                    id Int @id
                }
                """;
        String fresh = """
                model User {
                    id    Int     @id
                    email String?
                }

                model Post {
                    id     Int    @id
                    status Status
                }

                model Comment {
                    id Int @id
                }

                enum Status {
                    DRAFT
                    PUBLISHED
                }
                """;
        MergeResult result = mergeFiles(List.of(entry, blog), fresh, MergeOptions.of(Provider.POSTGRESQL));
        assertEquals(
                List.of("schema.zmodel", "file1.zmodel"),
                result.documents().stream().map(d -> d.path()).toList());
        assertText("""
                import "./blog"

                """ + PG + """

                model User {
                    id    Int     @id
                    email String?
                }

                model Comment {
                    id Int @id
                }
                """, ZModelFiles.print(result.documents().get(0)));
        assertText("""
                import "./schema"

                /// Blog posts.
                model Post {
                    id     Int    @id
                    status Status
                }

                enum Status {
                    DRAFT
                    PUBLISHED
                }
                """, ZModelFiles.print(result.documents().get(1)));
    }
}
