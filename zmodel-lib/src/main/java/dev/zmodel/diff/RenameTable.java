package dev.zmodel.diff;

import dev.zmodel.schema.QualifiedName;
import dev.zmodel.schema.Table;

/**
 * Renames a table within its schema (only from an explicit rename hint). {@code table} is the table under its
 * old name (PostgreSQL also renames the sequences of its serial columns).
 */
public record RenameTable(Table table, String to) implements SchemaChange {
    public QualifiedName from() {
        return table.qualifiedName();
    }

    public QualifiedName result() {
        return new QualifiedName(table.schema(), to);
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
        return "Rename table " + Names.table(from()) + " to " + Names.quote(to);
    }

    @Override
    public SchemaChange inverse() {
        return new RenameTable(table.withName(to), table.name());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.renameTable(this);
    }
}
