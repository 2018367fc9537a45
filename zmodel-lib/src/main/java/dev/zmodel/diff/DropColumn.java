package dev.zmodel.diff;

import dev.zmodel.schema.Column;
import dev.zmodel.schema.QualifiedName;

/** Drops a column; {@code column} is its full definition, so the rollback can re-add it. */
public record DropColumn(QualifiedName table, Column column) implements SchemaChange {
    @Override
    public DataLoss dataLoss() {
        return DataLoss.DESTRUCTIVE;
    }

    @Override
    public String warning() {
        return "Drops column " + Names.column(table, column.name()) + "; its values are lost.";
    }

    @Override
    public String summary() {
        return "Drop column " + Names.column(table, column.name());
    }

    @Override
    public SchemaChange inverse() {
        return new AddColumn(table, column);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropColumn(this);
    }
}
