package dev.zmodel.diff;

import java.util.List;

/**
 * The outcome of {@link SchemaDiff#diff}.
 *
 * @param changes     the changes that turn "from" into "to", in the order they must run
 * @param unmanaged   objects of "from" that ZModel cannot express; left alone, listed for the user
 * @param suggestions drops and adds that look like renames, with the hint that would make them renames
 */
public record DiffResult(
        List<SchemaChange> changes, List<UnmanagedObject> unmanaged, List<RenameSuggestion> suggestions) {
    public DiffResult {
        changes = List.copyOf(changes);
        unmanaged = List.copyOf(unmanaged);
        suggestions = List.copyOf(suggestions);
    }

    /** True when the two schemas agree (unmanaged objects do not count). */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The highest risk among the changes ({@link DataLoss#SAFE} when there are none). */
    public DataLoss dataLoss() {
        return changes.stream().map(SchemaChange::dataLoss).reduce(DataLoss.SAFE, DataLoss::max);
    }

    /** The warning sentences of the risky changes, in change order. */
    public List<String> warnings() {
        return changes.stream()
                .map(SchemaChange::warning)
                .filter(w -> w != null)
                .toList();
    }
}
