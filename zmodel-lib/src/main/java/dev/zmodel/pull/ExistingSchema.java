package dev.zmodel.pull;

import dev.zmodel.lang.DatabaseNames;
import dev.zmodel.lang.ResolvedType;
import dev.zmodel.lang.SchemaIndex;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Document;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.Field;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The user's schema as the merge sees it: its models and views, their database keys, columns and relations. */
final class ExistingSchema {
    private final List<Document> documents;
    private final SchemaIndex index;
    private final MergeOptions options;
    private final Map<DataModel, Map<String, Field>> allFields = new IdentityHashMap<>();
    private final SchemaRelations relations;

    ExistingSchema(List<Document> documents, MergeOptions options) {
        this.documents = List.copyOf(documents);
        this.index = SchemaIndex.of(documents);
        this.options = options;
        this.relations = new SchemaRelations(models(), this::target, this::column);
    }

    List<Document> documents() {
        return documents;
    }

    SchemaIndex index() {
        return index;
    }

    /** Models and views in document order. */
    List<DataModel> models() {
        return index.models();
    }

    List<EnumDecl> enums() {
        return index.enums();
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

    ResolvedType resolve(Field field) {
        return index.resolve(field.type());
    }

    /** The model or view a relation field points to; null for other fields. */
    DataModel target(Field field) {
        ResolvedType t = resolve(field);
        return t.isRelation() ? t.model() : null;
    }

    /** A field whose value is a database column: not a relation and not {@code @computed}. */
    boolean isColumn(Field field) {
        return target(field) == null && !Ast.isComputed(field);
    }

    /** Own, mixed-in and inherited fields by name. */
    Map<String, Field> allFields(DataModel model) {
        return allFields.computeIfAbsent(model, m -> {
            Map<String, Field> byName = new LinkedHashMap<>();
            index.allFields(m).forEach(f -> byName.putIfAbsent(f.name(), f));
            return byName;
        });
    }

    /** The column of a field of the model (own or inherited) by field name; null if it has none. */
    String column(DataModel model, String fieldName) {
        Field f = allFields(model).get(fieldName);
        return f == null || !isColumn(f) ? null : DatabaseNames.column(f);
    }

    /** Fields that come from mixins or the base model (not declared in the model itself). */
    List<Field> inherited(DataModel model) {
        java.util.Set<Field> own = MergePlan.identitySet();
        own.addAll(model.fields());
        return allFields(model).values().stream().filter(f -> !own.contains(f)).toList();
    }

    /** The datasource says relations are emulated by the client ({@code relationMode = "prisma"}). */
    boolean emulatedRelations() {
        return index.datasource()
                .flatMap(d -> d.field("relationMode"))
                .flatMap(f -> f.value().asString())
                .map("prisma"::equals)
                .orElse(false);
    }
}
