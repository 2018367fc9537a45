package dev.zmodel.migrate;

import dev.zmodel.diff.RenameSuggestion;
import dev.zmodel.diff.SchemaChange;
import dev.zmodel.diff.UnmanagedObject;

import java.util.List;

/**
 * @param reset       true when the development database was reset (drift or history problems, with consent)
 * @param applied     existing migrations applied by this run (pending ones, or all after a reset)
 * @param created     the new migration, or null when the schema was already in sync
 * @param createdApplied true when the new migration was applied too (not {@code createOnly})
 * @param changes     the changes of the new migration (empty: in sync)
 * @param unmanaged   objects ZModel cannot express, left alone
 * @param suggestions drops and adds that look like renames, with the hint to pass
 */
public record MigrateDevResult(
        boolean reset,
        List<Migration> applied,
        Migration created,
        boolean createdApplied,
        List<SchemaChange> changes,
        List<UnmanagedObject> unmanaged,
        List<RenameSuggestion> suggestions) {
    public MigrateDevResult {
        applied = List.copyOf(applied);
        changes = List.copyOf(changes);
        unmanaged = List.copyOf(unmanaged);
        suggestions = List.copyOf(suggestions);
    }

    /** True when no new migration was needed. */
    public boolean inSync() {
        return created == null;
    }
}
