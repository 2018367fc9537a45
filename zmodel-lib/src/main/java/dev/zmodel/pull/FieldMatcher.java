package dev.zmodel.pull;

import dev.zmodel.lang.DatabaseNames;
import dev.zmodel.lang.ast.DataModel;
import dev.zmodel.lang.ast.Field;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairs the column fields of a fresh model with the existing model's fields by column ({@code @map} or name),
 * so renamed fields keep their names. A column that a mixin ({@code with}) or the base model
 * ({@code extends}) already declares is not written into the model again. {@code @computed} fields have no
 * column and are kept.
 */
final class FieldMatcher {
    private FieldMatcher() {}

    static void match(MergePlan plan) {
        for (DataModel fresh : plan.fresh.models()) {
            DataModel existing = plan.models.get(fresh);
            if (existing != null) {
                match(plan, fresh, existing);
            }
        }
    }

    private static void match(MergePlan plan, DataModel fresh, DataModel existing) {
        ExistingSchema ex = plan.existing;
        Map<String, Field> own = new HashMap<>();
        for (Field f : existing.fields()) {
            if (Ast.isComputed(f)) {
                plan.keptFields.add(f);
            } else if (ex.isColumn(f)) {
                Field first = own.putIfAbsent(DatabaseNames.column(f), f);
                if (first != null) {
                    plan.duplicateFields.add(f);
                    plan.warn(
                            MergeWarning.Kind.DUPLICATE_MAPPING,
                            existing.name() + "." + f.name(),
                            "maps to column '" + DatabaseNames.column(f) + "' like " + existing.name() + "."
                                    + first.name() + "; it was left unchanged.");
                }
            }
        }
        Map<String, Field> inherited = new HashMap<>();
        for (Field f : ex.inherited(existing)) {
            if (ex.isColumn(f)) {
                inherited.putIfAbsent(DatabaseNames.column(f), f);
            }
        }
        for (Field f : fresh.fields()) {
            if (!plan.fresh.isColumn(f)) {
                continue;
            }
            String column = DatabaseNames.column(f);
            Field match = own.get(column);
            if (match != null) {
                plan.fields.put(f, match);
            } else if (inherited.containsKey(column)) {
                plan.omitted.put(f, inherited.get(column).name());
            }
        }
    }
}
