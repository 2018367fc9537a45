package dev.zmodel.diff;

import dev.zmodel.schema.Column;
import dev.zmodel.schema.QualifiedName;

/**
 * Renames a column (only from an explicit rename hint). {@code column} is its definition under the old name
 * (some dialects restate it).
 */
public record RenameColumn(QualifiedName table, String from, String to, Column column) implements SchemaChange {
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
        return "Rename column " + Names.column(table, from) + " to " + Names.quote(to);
    }

    @Override
    public SchemaChange inverse() {
        return new RenameColumn(table, to, from, column.withName(to));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.renameColumn(this);
    }
}
