package dev.zmodel.pull;

import dev.zmodel.lang.DatasourceExtensions;
import dev.zmodel.lang.ast.ConfigBlock;
import dev.zmodel.lang.ast.ConfigField;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.Expr;
import dev.zmodel.lang.ast.Span;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.Extension;

import java.util.ArrayList;
import java.util.List;

/**
 * db pull's update of the datasource's {@code extensions} (PostgreSQL): the list names the database's extensions,
 * in name order; an entry the user wrote for one of them is kept as written ({@code version:} included), others
 * are written as {@link DatasourceExtensions#entry}; entries of extensions the database does not have are removed,
 * and a database without extensions leaves a datasource without the field untouched.
 */
final class DatasourceExtensionsUpdate {
    /** The schema an extension is created in when {@code schema:} is not stated (PostgreSQL's default search path). */
    static final String PUBLIC = "public";

    private DatasourceExtensionsUpdate() {}

    static List<Document> apply(List<Document> documents, DatabaseSchema database) {
        List<Document> out = new ArrayList<>();
        for (Document doc : documents) {
            List<Declaration> declarations = new ArrayList<>();
            boolean changed = false;
            for (Declaration d : doc.declarations()) {
                if (d instanceof ConfigBlock c && c.kind() == ConfigBlock.Kind.DATASOURCE) {
                    ConfigBlock updated = update(c, database.extensions());
                    changed |= updated != c;
                    declarations.add(updated);
                } else {
                    declarations.add(d);
                }
            }
            out.add(changed ? doc.withDeclarations(declarations) : doc);
        }
        return out;
    }

    private static ConfigBlock update(ConfigBlock block, List<Extension> extensions) {
        var field = block.field("extensions");
        if (extensions.isEmpty() && field.isEmpty()) {
            return block;
        }
        List<Expr> existing = field.map(f -> f.value() instanceof Expr.Array a ? a.items() : List.<Expr>of())
                .orElse(List.of());
        List<Expr> items = new ArrayList<>();
        for (Extension e : extensions) {
            items.add(existing.stream()
                    .filter(x -> DatasourceExtensions.declared(x)
                            .map(d -> d.name().equals(e.name()))
                            .orElse(false))
                    .findFirst()
                    .orElseGet(() -> DatasourceExtensions.entry(e.name(), e.schema(), PUBLIC)));
        }
        List<ConfigField> fields = new ArrayList<>();
        boolean placed = false;
        for (ConfigField f : block.fields()) {
            if (!f.name().equals("extensions")) {
                fields.add(f);
            } else if (!items.isEmpty()) {
                fields.add(new ConfigField(f.name(), new Expr.Array(items, Span.NONE), f.trivia(), f.span()));
                placed = true;
            }
        }
        if (!placed && !items.isEmpty()) {
            fields.add(ConfigField.of("extensions", new Expr.Array(items, Span.NONE)));
        }
        if (field.isPresent()
                && field.get().value() instanceof Expr.Array a
                && a.items().equals(items)) {
            return block;
        }
        return new ConfigBlock(block.kind(), block.name(), fields, block.innerComments(), block.trivia(), block.span());
    }
}
