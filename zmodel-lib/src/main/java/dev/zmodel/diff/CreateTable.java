package dev.zmodel.diff;

import dev.zmodel.schema.Table;

/**
 * Creates a table with its columns, primary key, comments and indexes. Foreign keys in
 * {@code table.foreignKeys()} are declared inline: the diff leaves them empty on PostgreSQL and MySQL (they
 * are separate {@link AddForeignKey} changes, added once every table exists) and fills them on SQLite, which
 * cannot add a foreign key to an existing table.
 */
public record CreateTable(Table table) implements SchemaChange {
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
        return "Create table " + Names.table(table.qualifiedName());
    }

    @Override
    public SchemaChange inverse() {
        return new DropTable(table);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.createTable(this);
    }
}
