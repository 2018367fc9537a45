package dev.zmodel.diff;

import dev.zmodel.schema.QualifiedName;

/** Sets or removes ({@code to == null}) a table comment. */
public record SetTableComment(QualifiedName table, String from, String to) implements SchemaChange {
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
        return (to == null ? "Remove the comment of " : "Set the comment of ") + Names.table(table);
    }

    @Override
    public SchemaChange inverse() {
        return new SetTableComment(table, to, from);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.setTableComment(this);
    }
}
