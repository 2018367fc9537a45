package dev.zmodel.pull;

import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.EnumDecl;
import dev.zmodel.lang.ast.Field;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every decision of one merge, filled in by the matchers and the name allocation, read by the builders:
 * which fresh declaration, field and relation corresponds to which existing one, what the output names are,
 * and what stays untouched. Maps are keyed by node identity.
 */
final class MergePlan {
    final ExistingSchema existing;
    final FreshSchema fresh;
    final MergeOptions options;
    final List<MergeWarning> warnings = new ArrayList<>();

    /** Fresh model/view → the existing one for the same table. */
    final Map<DataModel, DataModel> models = new IdentityHashMap<>();
    /** Existing models and views written back exactly as they are (outside the scope, duplicates). */
    final Set<DataModel> untouchedModels = identitySet();
    /** Fresh enum → the existing one for the same database enum. */
    final Map<EnumDecl, EnumDecl> enums = new IdentityHashMap<>();
    /** Existing enums written back as they are (SQLite, outside the scope, still used by kept declarations). */
    final Set<EnumDecl> untouchedEnums = identitySet();

    /** Fresh enum value → the existing value of the matched enum with the same database name. */
    final Map<dev.zmodel.lang.ast.EnumValue, dev.zmodel.lang.ast.EnumValue> values = new IdentityHashMap<>();

    /** Fresh field → the existing field of the matched model for the same column or relation side. */
    final Map<Field, Field> fields = new IdentityHashMap<>();
    /** Fresh fields not written: a mixin or base model provides them, or they are a delegate base link. */
    final Map<Field, String> omitted = new IdentityHashMap<>();
    /** Existing fields without a fresh counterpart that are kept: {@code @computed}, relations to views, ... */
    final Set<Field> keptFields = identitySet();
    /** Existing fields that share a column with an earlier one: kept unchanged. */
    final Set<Field> duplicateFields = identitySet();

    /** Fresh relation → existing relation. */
    final Map<Relation, Relation> relations = new IdentityHashMap<>();
    /** Output relation name of each fresh relation (null: none needed). */
    final Map<Relation, String> relationNames = new IdentityHashMap<>();

    /** Fresh model/view/enum name → output name. */
    final Map<String, String> typeNames = new java.util.HashMap<>();
    /** Per fresh model: fresh field name → output field name. */
    final Map<DataModel, Map<String, String>> fieldNames = new IdentityHashMap<>();
    /** Per fresh enum: fresh value name → output value name. */
    final Map<EnumDecl, Map<String, String>> valueNames = new IdentityHashMap<>();

    MergePlan(ExistingSchema existing, FreshSchema fresh, MergeOptions options) {
        this.existing = existing;
        this.fresh = fresh;
        this.options = options;
    }

    static <T> Set<T> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    void warn(MergeWarning.Kind kind, String object, String message) {
        warnings.add(new MergeWarning(kind, object, message));
    }

    String typeName(String freshName) {
        return typeNames.getOrDefault(freshName, freshName);
    }

    String fieldName(DataModel freshModel, String freshField) {
        Map<String, String> names = fieldNames.get(freshModel);
        return names == null ? freshField : names.getOrDefault(freshField, freshField);
    }

    /** The output model a fresh model becomes (the existing one's name when matched). */
    boolean isMatched(DataModel freshModel) {
        return models.containsKey(freshModel);
    }
}
