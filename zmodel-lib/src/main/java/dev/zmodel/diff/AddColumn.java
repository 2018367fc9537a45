package dev.zmodel.diff;

import dev.zmodel.schema.Column;
import dev.zmodel.schema.QualifiedName;

/** Adds a column to an existing table. */
public record AddColumn(QualifiedName table, Column column) implements SchemaChange {
    /** True when existing rows get no value for a NOT NULL column, so the change fails on a non-empty table. */
    public boolean requiredWithoutDefault() {
        return !column.nullable()
                && column.defaultValue() == null
                && !column.autoIncrement().isAuto()
                && column.generated() == null;
    }

    @Override
    public DataLoss dataLoss() {
        return requiredWithoutDefault() ? DataLoss.DATA_DEPENDENT : DataLoss.SAFE;
    }

    @Override
    public String warning() {
        return requiredWithoutDefault()
                ? "Adds required column " + Names.column(table, column.name()) + " without a default value; fails if "
                        + Names.table(table) + " has rows."
                : null;
    }

    @Override
    public String summary() {
        return "Add column " + Names.column(table, column.name());
    }

    @Override
    public SchemaChange inverse() {
        return new DropColumn(table, column);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addColumn(this);
    }
}
