package dev.zmodel.diff;

import dev.zmodel.schema.ForeignKey;
import dev.zmodel.schema.QualifiedName;

/** Drops a foreign key constraint (no data is touched). */
public record DropForeignKey(QualifiedName table, ForeignKey foreignKey) implements SchemaChange {
    @Override
    public DataLoss dataLoss() {
        return DataLoss.SAFE;
    }

    @Override
    public String warning() {
        return null;
    }

    @Override
    public String summary() {
        return "Drop " + Names.foreignKey(foreignKey.name()) + " on " + Names.table(table);
    }

    @Override
    public SchemaChange inverse() {
        return new AddForeignKey(table, foreignKey, false);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropForeignKey(this);
    }
}
