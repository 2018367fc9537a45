package dev.zmodel.diff;

import dev.zmodel.schema.Table;

/**
 * Replaces an implicit many-to-many join table whose columns swap meaning after a model rename: Prisma names the
 * join table {@code _AToB} after its two models and makes {@code A} the one whose name sorts first, so renaming
 * {@code Tag} to {@code Label} turns {@code _PostToTag} (A = Post, B = Tag) into {@code _LabelToPost} (A = Label,
 * B = Post). The new table is created, the links copied with {@code A} and {@code B} exchanged, and the old table
 * dropped. Foreign keys are not part of it: separate changes drop the old table's and add the new table's
 * (inline on SQLite).
 *
 * @param from the join table before (under the name it has once the model renames ran)
 * @param to   the join table after
 */
public record ReplaceJoinTable(Table from, Table to) implements SchemaChange {
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
        return "Replace join table " + Names.table(from.qualifiedName()) + " by " + Names.table(to.qualifiedName())
                + ", copying its links with columns `A` and `B` swapped";
    }

    @Override
    public SchemaChange inverse() {
        return new ReplaceJoinTable(to, from);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.replaceJoinTable(this);
    }
}
