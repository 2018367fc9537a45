package dev.zmodel.diff;

import dev.zmodel.schema.Table;

import java.util.List;

/**
 * SQLite's table rebuild: SQLite cannot alter column types, nullability, defaults, keys or foreign keys in
 * place, so the table is re-created as {@code to} — create a new table, copy the rows of the columns both
 * share, drop the old table, rename the new one, re-create the indexes and check the foreign keys, with
 * {@code PRAGMA foreign_keys} off around it.
 *
 * @param from    the table before (its unmanaged parts, such as checks, are kept in {@code to})
 * @param to      the table after
 * @param reasons the logical changes the rebuild performs; they decide its risk and description
 */
public record RebuildTable(Table from, Table to, List<SchemaChange> reasons) implements SchemaChange {
    public RebuildTable {
        reasons = List.copyOf(reasons);
    }

    @Override
    public DataLoss dataLoss() {
        return reasons.stream().map(SchemaChange::dataLoss).reduce(DataLoss.SAFE, DataLoss::max);
    }

    @Override
    public String warning() {
        List<String> warnings = reasons.stream()
                .map(SchemaChange::warning)
                .filter(w -> w != null)
                .toList();
        return warnings.isEmpty() ? null : String.join(" ", warnings);
    }

    @Override
    public String summary() {
        return "Rebuild table " + Names.table(to.qualifiedName()) + ": "
                + String.join("; ", reasons.stream().map(SchemaChange::summary).toList());
    }

    @Override
    public SchemaChange inverse() {
        List<SchemaChange> undo = new java.util.ArrayList<>(
                reasons.stream().map(SchemaChange::inverse).toList());
        java.util.Collections.reverse(undo);
        return new RebuildTable(to, from, undo);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.rebuildTable(this);
    }
}
