package dev.zmodel.diff;

import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.QualifiedName;

/**
 * Adds a foreign key.
 *
 * @param newTable true when the table is created by the same diff (then no existing row can violate it)
 */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey, boolean newTable) implements SchemaChange {
    @Override
    public DataLoss dataLoss() {
        return newTable ? DataLoss.SAFE : DataLoss.DATA_DEPENDENT;
    }

    @Override
    public String warning() {
        return newTable
                ? null
                : "Adds " + Names.foreignKey(foreignKey.name()) + " on " + Names.table(table)
                        + "(" + Names.list(foreignKey.columns()) + "); fails if existing rows reference missing "
                        + Names.quote(foreignKey.referencedTable()) + " rows.";
    }

    @Override
    public String summary() {
        return "Add " + Names.foreignKey(foreignKey.name()) + " on " + Names.table(table) + " referencing "
                + Names.quote(foreignKey.referencedTable());
    }

    @Override
    public SchemaChange inverse() {
        return new DropForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addForeignKey(this);
    }
}
