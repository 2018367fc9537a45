package dev.zmodel.pull.generate;

import dev.zmodel.dialect.Dialect;
import dev.zmodel.pull.PullWarning;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.Index;
import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The relations of the schema, in generation order: for each model table in catalog order, its foreign keys in
 * the dialect's order ({@link Dialect#relationOrder}), then the implicit many-to-many join tables. A foreign key
 * becomes no relation — with a note and a warning — when it references a table that is not a model (not
 * introspected, a partition) or columns without a supported field, or when an earlier foreign key of the table
 * has the same columns and target (rendered once, first wins).
 */
final class RelationPlanner {
    /**
     * A relation from a foreign key. {@code optional}: some key column is nullable (the forward field is optional);
     * {@code anyRequired}: some key column is NOT NULL (Prisma's default onDelete is then Restrict, else SetNull);
     * {@code oneToOne}: a primary key or unique constraint of {@code from} lies within the key's columns.
     */
    record Inline(
            Table from,
            Table to,
            ForeignKey fk,
            List<String> fromFields,
            List<String> toFields,
            boolean oneToOne,
            boolean optional,
            boolean anyRequired) {}

    private final Dialect dialect;
    private final Catalog catalog;
    private final Warnings warnings;
    private final ObjectLabels labels;

    RelationPlanner(Dialect dialect, Catalog catalog, Warnings warnings, ObjectLabels labels) {
        this.dialect = dialect;
        this.catalog = catalog;
        this.warnings = warnings;
        this.labels = labels;
    }

    /**
     * @param isModel   whether a table is a model (not a join table)
     * @param plans     column plans by table
     * @param notesOf   the notes of a model table
     */
    List<Inline> plan(
            Names names,
            Predicate<Table> isModel,
            Map<QualifiedName, Map<String, ColumnPlan>> plans,
            java.util.function.Function<Table, Notes> notesOf) {
        List<Inline> result = new ArrayList<>();
        for (Table table : catalog.tables) {
            if (!isModel.test(table)) {
                continue;
            }
            Set<List<Object>> seen = new HashSet<>();
            List<ForeignKey> seenKeys = new ArrayList<>();
            for (ForeignKey fk : dialect.relationOrder(table)) {
                Optional<Table> target = catalog.table(fk.referencedSchema(), fk.referencedTable())
                        .filter(isModel);
                if (target.isEmpty()) {
                    unresolved(
                            table,
                            notesOf,
                            fk,
                            "references " + labels.of(fk.referencedSchema(), fk.referencedTable())
                                    + ", which is not a model (not introspected, or a partition)");
                    continue;
                }
                List<String> fromFields = fields(names, plans, table, fk.columns());
                List<String> toFields = fields(names, plans, target.get(), fk.referencedColumns());
                if (fromFields == null) {
                    unresolved(table, notesOf, fk, "uses columns without a supported field");
                    continue;
                }
                if (toFields == null) {
                    unresolved(
                            table,
                            notesOf,
                            fk,
                            "references columns of " + labels.of(fk.referencedSchema(), fk.referencedTable())
                                    + " that do not exist or have no supported field");
                    continue;
                }
                List<Object> key = List.of(fk.columns(), target.get().qualifiedName(), fk.referencedColumns());
                if (!seen.add(key)) {
                    ForeignKey first = seenKeys.stream()
                            .filter(k -> List.of(k.columns(), target.get().qualifiedName(), k.referencedColumns())
                                    .equals(key))
                            .findFirst()
                            .orElseThrow();
                    notesOf.apply(table)
                            .add(
                                    Notes.Kind.FOREIGN_KEY,
                                    label(fk) + " " + actions(fk)
                                            + ": same columns and target as " + label(first) + " " + actions(first)
                                            + ", which is the relation");
                    warnings.add(
                            PullWarning.Kind.DUPLICATE_FOREIGN_KEY,
                            labels.of(table.qualifiedName(), label(fk)),
                            "The foreign key has the same columns "
                                    + "and target as " + label(first) + "; only that one becomes a relation, so its "
                                    + actions(fk) + " is not written.");
                    continue;
                }
                seenKeys.add(fk);
                boolean optional = false;
                boolean anyRequired = false;
                for (String c : fk.columns()) {
                    Optional<Column> column = table.column(c);
                    optional |= column.isPresent() && column.get().nullable();
                    anyRequired |= column.isPresent() && !column.get().nullable();
                }
                result.add(new Inline(
                        table, target.get(), fk, fromFields, toFields, oneToOne(table, fk), optional, anyRequired));
            }
        }
        return result;
    }

    private void unresolved(
            Table table, java.util.function.Function<Table, Notes> notesOf, ForeignKey fk, String reason) {
        notesOf.apply(table).add(Notes.Kind.FOREIGN_KEY, label(fk) + ": " + reason);
        warnings.add(
                PullWarning.Kind.UNRESOLVED_FOREIGN_KEY,
                labels.of(table.qualifiedName(), label(fk)),
                "The foreign key " + reason + "; it is not a relation.");
    }

    private static String actions(ForeignKey fk) {
        return "ON DELETE " + fk.onDelete().sql() + " ON UPDATE "
                + fk.onUpdate().sql();
    }

    static String label(ForeignKey fk) {
        return fk.name() == null ? "(" + String.join(", ", fk.columns()) + ")" : fk.name();
    }

    /** The field names of the columns, or null when one has no supported scalar field. */
    private static List<String> fields(
            Names names, Map<QualifiedName, Map<String, ColumnPlan>> plans, Table table, List<String> columns) {
        List<String> result = new ArrayList<>();
        Map<String, ColumnPlan> tablePlans = plans.get(table.qualifiedName());
        for (String c : columns) {
            ColumnPlan plan = tablePlans == null ? null : tablePlans.get(c);
            String name = names.fieldName(table.qualifiedName(), c);
            if (plan == null || name == null || plan.isUnsupported() || plan.list()) {
                return null;
            }
            result.add(name);
        }
        return result;
    }

    /** A primary key or unique index (not partial, no expressions) whose columns all belong to the key. */
    private static boolean oneToOne(Table table, ForeignKey fk) {
        if (table.primaryKey() != null
                && fk.columns().containsAll(table.primaryKey().columns())) {
            return true;
        }
        for (Index i : table.indexes()) {
            if (i.unique()
                    && !i.isPartial()
                    && !i.hasExpressions()
                    && fk.columns().containsAll(i.columnNames())) {
                return true;
            }
        }
        return false;
    }
}
