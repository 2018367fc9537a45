package dev.zmodel.pull.generate;

import dev.zmodel.lang.ZModelPrinter;
import dev.zmodel.lang.ast.Comment;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.EnumValue;
import dev.zmodel.lang.ast.Field;
import dev.zmodel.lang.ast.Span;
import dev.zmodel.lang.ast.Trivia;

import java.util.ArrayList;
import java.util.List;

/**
 * Prisma's commented-out members (prisma preset): a field or enum value whose name has no valid identifier
 * character is written as a {@code //} line with its type and attributes, a field preceded by Prisma's
 * explanation. A model of a table without columns is commented out whole (both presets).
 */
final class CommentedOut {
    static final String FIELD_DOC = "This field was commented out because of an invalid name. Please provide a valid "
            + "one that matches [a-zA-Z][a-zA-Z0-9_]*";

    private CommentedOut() {}

    static List<Comment> field(Field field) {
        DataModel holder = new DataModel(
                DataModel.Kind.MODEL,
                "X",
                List.of(),
                null,
                List.of(field.withTrivia(Trivia.NONE)),
                List.of(),
                Trivia.NONE,
                Span.NONE);
        return List.of(Comment.doc(FIELD_DOC), Comment.line(memberLine(ZModelPrinter.print(holder))));
    }

    /**
     * A model commented out whole (a table without columns): the note of a table without columns, its other notes,
     * then each printed line, all behind {@code //}. Prisma writes the notes as {@code ///}, which ZenStack's grammar
     * refuses after the last declaration, where these blocks stand.
     */
    static List<Comment> model(DataModel model) {
        List<Comment> out = new ArrayList<>();
        List<Comment> others = new ArrayList<>();
        for (Comment doc : model.trivia().docComments()) {
            (Notes.isNoColumnsNote(doc.docText()) ? out : others).add(Comment.line(doc.docText()));
        }
        out.addAll(others);
        ZModelPrinter.print(model.withTrivia(Trivia.NONE))
                .lines()
                .forEach(l -> out.add(Comment.line(l.stripTrailing())));
        return out;
    }

    static Comment value(EnumValue value) {
        EnumDecl holder = new EnumDecl("X", List.of(value), List.of(), Trivia.NONE, Span.NONE);
        return Comment.line(memberLine(ZModelPrinter.print(holder)));
    }

    private static String memberLine(String printed) {
        return printed.lines().skip(1).findFirst().orElse("").strip();
    }
}
