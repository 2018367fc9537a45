package dev.zmodel.migrate;

import dev.zmodel.diff.SchemaChange;
import dev.zmodel.diff.UnmanagedObject;

import java.util.List;

/**
 * @param reset     true when the database was reset first ({@code forceReset})
 * @param changes   the changes applied (empty: already in sync)
 * @param unmanaged objects of the database ZModel cannot express, left alone
 */
public record DbPushResult(boolean reset, List<SchemaChange> changes, List<UnmanagedObject> unmanaged) {
    public DbPushResult {
        changes = List.copyOf(changes);
        unmanaged = List.copyOf(unmanaged);
    }

    public boolean inSync() {
        return changes.isEmpty();
    }
}
