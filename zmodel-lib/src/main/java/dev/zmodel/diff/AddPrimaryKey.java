package dev.zmodel.diff;

import dev.zmodel.schema.PrimaryKey;
import dev.zmodel.schema.QualifiedName;

/** Adds a primary key to an existing table (new tables declare theirs in {@link CreateTable}). */
public record AddPrimaryKey(QualifiedName table, PrimaryKey key) implements SchemaChange {
    @Override
    public DataLoss dataLoss() {
        return DataLoss.DATA_DEPENDENT;
    }

    @Override
    public String warning() {
        return "Adds a primary key on " + Names.table(table) + "(" + Names.list(key.columns())
                + "); fails if these columns hold duplicate or NULL values.";
    }

    @Override
    public String summary() {
        return "Add primary key on " + Names.table(table) + "(" + Names.list(key.columns()) + ")";
    }

    @Override
    public SchemaChange inverse() {
        return new DropPrimaryKey(table, key);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.addPrimaryKey(this);
    }
}
