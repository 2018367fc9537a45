package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.diff.DiffResult;
import dev.zmodel.diff.UnmanagedObject;

/** Lists the objects ZModel cannot express, once per run, as information. */
final class Unmanaged {
    private Unmanaged() {}

    static void report(DiffResult diff, Listener listener) {
        if (diff.unmanaged().isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder("Unmanaged objects (ZModel cannot express them; left alone):");
        for (UnmanagedObject o : diff.unmanaged()) {
            b.append("\n  - ").append(o.describe());
        }
        listener.info(b.toString());
    }
}
