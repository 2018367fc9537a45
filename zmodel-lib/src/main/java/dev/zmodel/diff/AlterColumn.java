package dev.zmodel.diff;

import dev.zmodel.schema.CheckConstraint;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.QualifiedName;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Changes a column in place: type (with a cast), nullability, default, identity/auto-increment, comment.
 *
 * @param from        the column before
 * @param to          the column after (same name)
 * @param changes     what differs
 * @param typeRisk    the risk of the type change from {@code from} to {@code to} (SAFE when the type is kept)
 * @param reverseRisk the risk of the type change back, for {@link #inverse()}
 * @param checks      the checks the database keeps on this column (MariaDB's column checks), which a statement that
 *                    restates the whole column must restate too: MariaDB's {@code MODIFY} drops them otherwise
 */
public record AlterColumn(
        QualifiedName table,
        Column from,
        Column to,
        Set<ColumnChange> changes,
        DataLoss typeRisk,
        DataLoss reverseRisk,
        List<CheckConstraint> checks)
        implements SchemaChange {
    public AlterColumn {
        changes = changes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(changes));
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** A column without checks of its own. */
    public AlterColumn(
            QualifiedName table,
            Column from,
            Column to,
            Set<ColumnChange> changes,
            DataLoss typeRisk,
            DataLoss reverseRisk) {
        this(table, from, to, changes, typeRisk, reverseRisk, List.of());
    }

    public boolean has(ColumnChange change) {
        return changes.contains(change);
    }

    /** True when the column becomes NOT NULL. */
    public boolean makesRequired() {
        return has(ColumnChange.NULLABILITY) && from.nullable() && !to.nullable();
    }

    /**
     * True when the column becomes NOT NULL and has a plain default: the migration first sets the default on the rows
     * holding NULL ({@code UPDATE … SET c = <default> WHERE c IS NULL}), so it cannot fail on them.
     */
    public boolean backfillsNulls() {
        return makesRequired()
                && to.defaultValue() != null
                && !to.autoIncrement().isAuto()
                && to.generated() == null;
    }

    @Override
    public DataLoss dataLoss() {
        DataLoss risk = has(ColumnChange.TYPE) ? typeRisk : DataLoss.SAFE;
        return makesRequired() && !backfillsNulls() ? risk.max(DataLoss.DATA_DEPENDENT) : risk;
    }

    @Override
    public String warning() {
        List<String> parts = new ArrayList<>();
        String column = Names.column(table, to.name());
        List<String> removed = from.type().values().stream()
                .filter(v -> !to.type().values().contains(v))
                .toList();
        if (has(ColumnChange.TYPE)
                && !from.type().values().isEmpty()
                && !to.type().values().isEmpty()
                && !removed.isEmpty()) {
            parts.add("Removes " + (removed.size() == 1 ? "value " : "values ") + Names.list(removed)
                    + " from the values of " + column + "; fails if a row still holds "
                    + (removed.size() == 1 ? "it." : "them."));
        } else if (has(ColumnChange.TYPE) && typeRisk == DataLoss.DESTRUCTIVE) {
            parts.add("Changes the type of " + column + " from " + Names.type(from.type()) + " to "
                    + Names.type(to.type()) + "; values may be truncated or rounded.");
        } else if (has(ColumnChange.TYPE) && typeRisk == DataLoss.DATA_DEPENDENT) {
            parts.add("Changes the type of " + column + " from " + Names.type(from.type()) + " to "
                    + Names.type(to.type()) + "; fails if existing values do not fit the new type.");
        }
        if (makesRequired() && !backfillsNulls()) {
            parts.add("Makes column " + column + " required; fails if it contains NULL values.");
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    @Override
    public String summary() {
        List<String> what = new ArrayList<>();
        for (ColumnChange c : ColumnChange.values()) {
            if (has(c)) {
                what.add(c.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            }
        }
        return "Alter column " + Names.column(table, to.name()) + " (" + String.join(", ", what) + ")";
    }

    @Override
    public SchemaChange inverse() {
        return new AlterColumn(table, to, from, changes, reverseRisk, typeRisk, checks);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.alterColumn(this);
    }
}
