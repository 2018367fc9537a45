package dev.zmodel.diff;

import dev.zmodel.schema.Index;
import dev.zmodel.schema.QualifiedName;

/** Drops an index or UNIQUE constraint; {@code index} is its full definition for the rollback. */
public record DropIndex(QualifiedName table, Index index) implements SchemaChange {
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
        return "Drop index " + Names.quote(index.name()) + " on " + Names.table(table);
    }

    @Override
    public SchemaChange inverse() {
        return new CreateIndex(table, index);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dropIndex(this);
    }
}
