package dev.zmodel.diff;

import dev.zmodel.schema.Index;
import dev.zmodel.schema.QualifiedName;

/**
 * Creates an index (or a UNIQUE constraint when {@code index.constraint()}) on an existing table; indexes of
 * new tables are part of {@link CreateTable}.
 */
public record CreateIndex(QualifiedName table, Index index) implements SchemaChange {
    @Override
    public DataLoss dataLoss() {
        return index.unique() ? DataLoss.DATA_DEPENDENT : DataLoss.SAFE;
    }

    @Override
    public String warning() {
        return index.unique()
                ? "Adds unique " + (index.constraint() ? "constraint " : "index ") + Names.quote(index.name()) + " on "
                        + Names.table(table) + "("
                        + Names.list(index.columns().stream()
                                .map(c -> c.isExpression() ? c.expression() : c.column())
                                .toList())
                        + "); fails if these columns hold duplicate values."
                : null;
    }

    @Override
    public String summary() {
        return "Create " + (index.unique() ? "unique " : "") + "index " + Names.quote(index.name()) + " on "
                + Names.table(table);
    }

    @Override
    public SchemaChange inverse() {
        return new DropIndex(table, index);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.createIndex(this);
    }
}
