package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.schema.DatabaseSchema;

import java.io.IOException;
import java.io.ObjectInputFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What replaying migrations on a shadow database produced (the introspected schema of the owned tables), on disk in
 * one file per {@link ReplayKey}: a lookup with the same key returns it instead of replaying again. Only the
 * {@value #KEEP} most recently used entries are kept. A file that cannot be read for any reason is a miss (said at
 * debug level), never a failure; one that cannot be written only costs the next run a replay.
 */
final class ReplayCache {
    /** How many entries the directory keeps (the most recently used ones). */
    static final int KEEP = 8;

    private static final String SUFFIX = ".replay";

    /** Only the schema model, its enums and the JDK's collections, strings and boxed numbers may be read back. */
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;dev.zmodel.schema.*;dev.zmodel.Provider;java.lang.*;java.util.*;!*");

    private final Path directory;
    private final Listener listener;

    ReplayCache(Path directory, Listener listener) {
        this.directory = directory;
        this.listener = listener;
    }

    Path directory() {
        return directory;
    }

    /** The schema stored under {@code key}, or empty (a miss). */
    Optional<DatabaseSchema> lookup(ReplayKey key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Object value = SerializedFiles.read(file, FILTER);
            if (!(value instanceof DatabaseSchema schema)) {
                listener.debug("Replay cache: " + file + " does not hold a schema; replaying instead.");
                return Optional.empty();
            }
            touch(file);
            return Optional.of(schema);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            listener.debug("Replay cache: cannot read " + file + " (" + e + "); replaying instead.");
            return Optional.empty();
        }
    }

    /** Stores {@code schema} under {@code key} (atomically) and drops the least recently used entries beyond {@value #KEEP}. */
    void store(ReplayKey key, DatabaseSchema schema) {
        Path file = file(key);
        try {
            SerializedFiles.write(file, schema);
            listener.debug("Replay cache: stored " + file);
            prune();
        } catch (IOException | RuntimeException e) {
            listener.debug("Replay cache: cannot write " + file + " (" + e + "); the next run replays.");
        }
    }

    private Path file(ReplayKey key) {
        return directory.resolve(key.sha256() + SUFFIX);
    }

    /** A hit counts as a use: pruning keeps the most recently used entries. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // only the pruning order suffers
        }
    }

    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(directory)) {
            entries =
                    new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                            .toList());
        }
        if (entries.size() <= KEEP) {
            return;
        }
        entries.sort(Comparator.comparing(ReplayCache::modified).reversed());
        for (Path old : entries.subList(KEEP, entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
