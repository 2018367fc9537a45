package dev.zmodel.migrate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link ReplayKey#folderHash} of each migration folder, computed once per run: the history check and every shadow
 * replay key of one migrate-dev hash the same folders, which do not change during the run (a migration it creates
 * is a new folder).
 */
final class FolderHashes {
    private final Map<Path, String> hashes = new HashMap<>();

    String of(Migration migration) {
        return hashes.computeIfAbsent(migration.file().getParent(), ReplayKey::folderHash);
    }
}
