package dev.zmodel.pull;

import dev.zmodel.lang.ast.DataModel;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairs fresh models and views with existing ones by database key ({@code @@schema} + {@code @@map} or name),
 * like Prisma: a model the user renamed (keeping {@code @@map}) is still found. Existing models outside the
 * introspection scope, and a second model mapped to an already claimed table, are left untouched.
 */
final class ModelMatcher {
    private ModelMatcher() {}

    static void match(MergePlan plan) {
        Map<DbKey, DataModel> byKey = new HashMap<>();
        for (DataModel m : plan.existing.models()) {
            DbKey key = plan.existing.key(m);
            if (!plan.options.scope().covers(key.schema(), key.name())) {
                plan.untouchedModels.add(m);
            } else if (!plan.options.force()) {
                DataModel first = byKey.putIfAbsent(key, m);
                if (first != null) {
                    plan.untouchedModels.add(m);
                    plan.warn(
                            MergeWarning.Kind.DUPLICATE_MAPPING,
                            m.kind().keyword() + " " + m.name(),
                            "maps to table '" + key + "' like " + first.kind().keyword() + " " + first.name()
                                    + "; it was left unchanged. Give each model its own @@map.");
                }
            }
        }
        for (DataModel f : plan.fresh.models()) {
            DataModel e = byKey.get(plan.fresh.key(f));
            if (e != null) {
                plan.models.put(f, e);
            }
        }
    }
}
