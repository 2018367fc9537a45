package dev.zmodel.diff;

import dev.zmodel.schema.Index;
import dev.zmodel.schema.QualifiedName;

/** Renames an index whose definition is unchanged ({@code index} is the definition under the old name). */
public record RenameIndex(QualifiedName table, Index index, String to) implements SchemaChange {
    public Index result() {
        return new Index(
                to,
                index.columns(),
                index.unique(),
                index.constraint(),
                index.method(),
                index.predicate(),
                index.fulltext(),
                index.deferrable(),
                index.nullsNotDistinct());
    }

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
        return "Rename index " + Names.quote(index.name()) + " to " + Names.quote(to);
    }

    @Override
    public SchemaChange inverse() {
        return new RenameIndex(table, result(), index.name());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.renameIndex(this);
    }
}
