package dev.zmodel.pull;

import dev.zmodel.lang.DatabaseNames;
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
    private final Map<DataModel, Map<String, Field>> fieldsByName = new java.util.IdentityHashMap<>();
    private final SchemaRelations relations;

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
        this.relations = new SchemaRelations(models(), this::target, this::column);
    }

    /** Models, views and enums in the generator's order. */
    List<Declaration> declarations() {
        return declarations(document);
    }

    /** The models, views and enums of a fresh document in order, the first of each name. */
    static List<Declaration> declarations(Document document) {
        List<Declaration> out = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Declaration d : document.declarations()) {
            if ((d instanceof DataModel m && m.kind() != DataModel.Kind.TYPE || d instanceof EnumDecl)
                    && names.add(d.name())) {
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

    SchemaRelations relations() {
        return relations;
    }

    DbKey key(DataModel model) {
        return options.key(DatabaseNames.schema(model).orElse(null), DatabaseNames.table(model));
    }

    DbKey key(EnumDecl e) {
        return options.key(DatabaseNames.schema(e).orElse(null), DatabaseNames.enumName(e));
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
        Field f = fieldsByName
                .computeIfAbsent(model, m -> {
                    Map<String, Field> byName = new java.util.HashMap<>();
                    m.fields().forEach(x -> byName.putIfAbsent(x.name(), x));
                    return byName;
                })
                .get(fieldName);
        return f == null || !isColumn(f) ? null : DatabaseNames.column(f);
    }
}
