package dev.zmodel.lang;

import dev.zmodel.lang.ast.Comment;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Formatting never drops, duplicates or rewrites a comment, wherever it was written. */
class CommentPreservationTest {
    static List<Path> files() {
        return Stream.concat(Corpus.allFiles().stream(), Corpus.messyFiles().stream())
                .toList();
    }

    private static List<String> comments(String text) {
        return Lexer.lex(text, "x").comments().stream().map(Comment::text).toList();
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyCommentSurvivesFormatting(Path file) {
        String text = Corpus.read(file);
        String formatted = ZModelFiles.formatText(text, file.toString());
        assertEquals(comments(text), comments(formatted));
    }

    @Test
    void corpusHasCommentsOfEveryKind() {
        String text = Corpus.read(Corpus.DIR.resolve("comments.zmodel"));
        List<Comment> all = Lexer.lex(text, "x").comments();
        assertTrue(all.stream().anyMatch(c -> c.kind() == Comment.Kind.DOC));
        assertTrue(all.stream().anyMatch(c -> c.kind() == Comment.Kind.LINE));
        assertTrue(all.stream().anyMatch(c -> c.kind() == Comment.Kind.BLOCK));
        assertTrue(all.size() >= 25, "comments: " + all.size());
    }

    @Test
    void commentsInsideMultiLineAttributesAreKeptOnTheirMember() {
        String text = """
                model A {
                    id   Int    @id
                    name String
                    @@index([
                        id,   // first column
                        name  /* second */
                    ])
                }
                """;
        String formatted = ZModelFiles.formatText(text, "a.zmodel");
        assertEquals("""
                model A {
                    id   Int    @id
                    name String

                    // first column
                    @@index([id, name]) /* second */
                }
                """, formatted);
        assertEquals(formatted, ZModelFiles.formatText(formatted, "a.zmodel"));
    }

    @Test
    void commentsAreAttachedToTheNodesTheyDescribe() {
        Document doc = ZModelParser.parse("""
                // header

                /// The user.
                model User { // on the brace line
                    /// key
                    id Int @id // trailing
                    // before the brace
                } // after

                // end of file
                """, "u.zmodel").document();
        DataModel user = doc.models().get(0);
        assertEquals(List.of("// header", "/// The user."), texts(user.trivia().leading()));
        assertEquals(1, user.trivia().detachedComments());
        assertEquals("// after", user.trivia().trailing().text());
        Field id = user.fields().get(0);
        assertEquals(
                List.of("// on the brace line", "/// key"), texts(id.trivia().leading()));
        assertEquals("// trailing", id.trivia().trailing().text());
        assertEquals(List.of("// before the brace"), texts(user.innerComments()));
        assertEquals(List.of("// end of file"), texts(doc.trailingComments()));
    }

    @Test
    void blankLinesBetweenMembersAreRecordedAndCollapsed() {
        String formatted = ZModelFiles.formatText("model A {\n    a Int @id\n\n\n\n    b Int\n    c Int\n}\n", "a");
        assertEquals("model A {\n    a Int @id\n\n    b Int\n    c Int\n}\n", formatted);
    }

    private static List<String> texts(List<Comment> comments) {
        return comments.stream().map(Comment::text).toList();
    }
}
