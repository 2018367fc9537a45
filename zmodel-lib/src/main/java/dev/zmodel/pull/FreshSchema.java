package dev.zmodel.pull;

import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Declaration;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.Field;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The freshly introspected schema: models, views and enums only, every name as the generator chose it. */
final class FreshSchema {
    private final Document document;
    private final MergeOptions options;
    private final Map<String, DataModel> models = new LinkedHashMap<>();
    private final Map<String, EnumDecl> enums = new LinkedHashMap<>();
    private final RelationSet relations;

    FreshSchema(Document document, MergeOptions options) {
        this.document = document;
        this.options = options;
        for (Declaration d : document.declarations()) {
            if (d instanceof DataModel m && m.kind() != DataModel.Kind.TYPE) {
                models.putIfAbsent(m.name(), m);
            } else if (d instanceof EnumDecl e) {
                enums.putIfAbsent(e.name(), e);
            }
        }
        this.relations = new RelationSet(models(), this::target, this::column);
    }

    /** Models, views and enums in the generator's order. */
    List<Declaration> declarations() {
        List<Declaration> out = new ArrayList<>();
        for (Declaration d : document.declarations()) {
            if (d instanceof DataModel m && models.get(m.name()) == m || d instanceof EnumDecl e && enums.get(e.name()) == e) {
                out.add(d);
            }
        }
        return out;
    }

    List<DataModel> models() {
        return List.copyOf(models.values());
    }

    List<EnumDecl> enums() {
        return List.copyOf(enums.values());
    }

    RelationSet relations() {
        return relations;
    }

    DbKey key(DataModel model) {
        return options.key(Ast.schema(model), Ast.dbName(model));
    }

    DbKey key(EnumDecl e) {
        return options.key(Ast.schema(e), Ast.dbName(e));
    }

    DataModel target(Field field) {
        return field.type().isUnsupported() ? null : models.get(field.type().name());
    }

    EnumDecl enumOf(Field field) {
        return field.type().isUnsupported() ? null : enums.get(field.type().name());
    }

    boolean isColumn(Field field) {
        return target(field) == null;
    }

    String column(DataModel model, String fieldName) {
        return model.field(fieldName).filter(this::isColumn).map(Ast::column).orElse(null);
    }
}
