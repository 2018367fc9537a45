package dev.zmodel.pull.generate;

import dev.zmodel.schema.Index;
import dev.zmodel.schema.Table;

import java.util.List;
import java.util.Map;

/**
 * Whether a table has a usable identifier (Prisma's {@code has_usable_identifier}): a primary key whose columns all
 * have supported fields, or a unique index (not partial, no expressions) whose columns are all NOT NULL with
 * supported fields. Without one the model is {@code @@ignore}d.
 */
final class Identity {
    private Identity() {}

    static boolean usable(Table table, Map<String, ColumnPlan> plans, Names names) {
        if (table.primaryKey() != null && supported(table, table.primaryKey().columns(), plans, names, false)) {
            return true;
        }
        for (Index i : table.indexes()) {
            if (i.unique()
                    && !i.isPartial()
                    && !i.hasExpressions()
                    && supported(table, i.columnNames(), plans, names, true)) {
                return true;
            }
        }
        return false;
    }

    private static boolean supported(
            Table table, List<String> columns, Map<String, ColumnPlan> plans, Names names, boolean requireNotNull) {
        for (String c : columns) {
            ColumnPlan plan = plans.get(c);
            if (plan == null
                    || plan.isUnsupported()
                    || plan.list()
                    || names.fieldName(table.qualifiedName(), c) == null
                    || requireNotNull && plan.column().nullable()) {
                return false;
            }
        }
        return !columns.isEmpty();
    }
}
