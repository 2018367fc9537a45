package dev.zmodel.diff;

import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.QualifiedName;

/**
 * Adds a foreign key.
 *
 * @param newTable      true when the table is created by the same diff (then no existing row can violate it)
 * @param replacesEqual true when it replaces a key over the same columns referencing the same columns (only an
 *                      action or a name changes), so the rows already satisfy it
 */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey, boolean newTable, boolean replacesEqual)
        implements SchemaChange {
    public AddForeignKey(QualifiedName table, ForeignKey foreignKey, boolean newTable) {
        this(table, foreignKey, newTable, false);
    }

    @Override
    public DataLoss dataLoss() {
        return newTable || replacesEqual ? DataLoss.SAFE : DataLoss.DATA_DEPENDENT;
    }

    @Override
    public String warning() {
        return newTable || replacesEqual
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
