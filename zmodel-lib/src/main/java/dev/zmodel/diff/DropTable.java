package dev.zmodel.diff;

import dev.zmodel.schema.Table;

/**
 * Drops a table. {@code table} is the whole table as it is dropped (indexes included, and on SQLite its
 * inline foreign keys), so the rollback can re-create it.
 */
public record DropTable(Table table) implements SchemaChange {
    @Override
    public DataLoss dataLoss() {
        return DataLoss.DESTRUCTIVE;
    }

    @Override
    public String warning() {
        return "Drops table " + Names.table(table.qualifiedName()) + "; all its rows are lost.";
    }

    @Override
    public String summary() {
        return "Drop table " + Names.table(table.qualifiedName());
    }

    @Override
    public SchemaChange inverse() {
        return new CreateTable(table);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropTable(this);
    }
}
