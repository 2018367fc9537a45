package dev.zmodel.diff;

import dev.zmodel.schema.PrimaryKey;
import dev.zmodel.schema.QualifiedName;

/** Drops a table's primary key (the columns and their data stay). */
public record DropPrimaryKey(QualifiedName table, PrimaryKey key) implements SchemaChange {
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
        return "Drop primary key of " + Names.table(table);
    }

    @Override
    public SchemaChange inverse() {
        return new AddPrimaryKey(table, key);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropPrimaryKey(this);
    }
}
