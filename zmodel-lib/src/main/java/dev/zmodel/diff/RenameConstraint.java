package dev.zmodel.diff;

import dev.zmodel.schema.QualifiedName;

/** Renames a primary key or foreign key constraint whose definition is unchanged (PostgreSQL). */
public record RenameConstraint(QualifiedName table, String from, String to) implements SchemaChange {
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
        return "Rename constraint " + Names.quote(from) + " on " + Names.table(table) + " to " + Names.quote(to);
    }

    @Override
    public SchemaChange inverse() {
        return new RenameConstraint(table, to, from);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.renameConstraint(this);
    }
}
