package dev.zmodel.pull;

import dev.zmodel.lang.ast.Comment;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.pull.generate.Generation;

import java.util.ArrayList;
import java.util.List;

/**
 * The models db pull comments out (tables without columns) belong to the database, not to the user: the merge
 * removes every such block it wrote before, wherever it stands (before a declaration or at the end of a file), and
 * writes the fresh ones at the end of the entry file. Other comments stay where they are.
 */
final class CommentedOutModels {
    private CommentedOutModels() {}

    /** The documents without the commented-out model blocks. */
    static List<Document> strip(List<Document> documents) {
        List<Document> out = new ArrayList<>();
        for (Document d : documents) {
            List<Declaration> declarations = new ArrayList<>();
            for (Declaration decl : d.declarations()) {
                if (decl instanceof DataModel m && hasBlock(m.trivia().leading())) {
                    declarations.add(m.withTrivia(
                            m.trivia().withLeading(without(m.trivia().leading()))));
                } else if (decl instanceof EnumDecl e && hasBlock(e.trivia().leading())) {
                    declarations.add(e.withTrivia(
                            e.trivia().withLeading(without(e.trivia().leading()))));
                } else {
                    declarations.add(decl);
                }
            }
            out.add(new Document(d.path(), d.imports(), declarations, without(d.trailingComments())));
        }
        return out;
    }

    /** The merged documents with the fresh blocks at the end of the entry file. */
    static List<Document> append(List<Document> documents, Document fresh) {
        if (fresh.trailingComments().isEmpty() || documents.isEmpty()) {
            return documents;
        }
        List<Document> out = new ArrayList<>(documents);
        Document entry = out.get(0);
        List<Comment> trailing = new ArrayList<>(entry.trailingComments());
        trailing.addAll(fresh.trailingComments());
        out.set(0, new Document(entry.path(), entry.imports(), entry.declarations(), trailing));
        return out;
    }

    private static boolean hasBlock(List<Comment> comments) {
        for (int i = 0; i < comments.size(); i++) {
            if (Generation.commentedOutModelEnd(comments, i) > 0) {
                return true;
            }
        }
        return false;
    }

    private static List<Comment> without(List<Comment> comments) {
        List<Comment> out = new ArrayList<>();
        int i = 0;
        while (i < comments.size()) {
            int end = Generation.commentedOutModelEnd(comments, i);
            if (end > 0) {
                i = end;
            } else {
                out.add(comments.get(i));
                i++;
            }
        }
        return out;
    }
}
