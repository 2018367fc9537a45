package dev.zmodel.pull;

import dev.zmodel.AtomicFiles;
import dev.zmodel.ZModelException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces schema files atomically, all or none: every new text is first written to a temporary file in the
 * target's directory (with the target's permissions), and only when all are written are they moved over
 * the targets with an atomic move. A failure while writing leaves every target untouched and removes the
 * temporary files; a failure while moving puts back the files already replaced. A schema file is never
 * left truncated: the temporary file is forced to disk before the move, and a process killed at any point leaves
 * each target either old or new (plus, at worst, a hidden {@code .<name>.*.tmp} file). A kill between the moves
 * of a multi-file schema can leave some files new and the others old, each complete.
 */
final class SchemaFileWriter {
    /** The file operations, replaceable in tests to force failures. */
    interface FileOps {
        void write(Path file, String content) throws IOException;

        void move(Path from, Path to) throws IOException;
    }

    static final FileOps DEFAULT_OPS = new FileOps() {
        @Override
        public void write(Path file, String content) throws IOException {
            // forced to disk before the move, so that a crash after the rename cannot leave an empty file
            Files.writeString(file, content, StandardCharsets.UTF_8);
            AtomicFiles.force(file);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            AtomicFiles.move(from, to);
        }
    };

    private final FileOps ops;

    SchemaFileWriter() {
        this(DEFAULT_OPS);
    }

    SchemaFileWriter(FileOps ops) {
        this.ops = ops;
    }

    /**
     * @param files   new content per file
     * @param current the content each file has now (null: it does not exist), to restore after a failed move
     * @throws ZModelException naming the file and the reason; the files are then as before
     */
    void writeAll(Map<Path, String> files, Map<Path, String> current) {
        dev.zmodel.lang.ZModelFiles.requireWritable(List.copyOf(files.keySet()), "db-pull");
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, String> e : files.entrySet()) {
                Path target = e.getKey().toAbsolutePath();
                Path temp = AtomicFiles.createTemp(target);
                temps.put(target, temp);
                ops.write(temp, e.getValue());
            }
        } catch (IOException | RuntimeException e) {
            deleteAll(temps.values());
            throw failure(temps.isEmpty() ? files.keySet().iterator().next() : last(temps), e, "writing");
        }
        List<Path> moved = new ArrayList<>();
        for (Map.Entry<Path, Path> e : temps.entrySet()) {
            try {
                ops.move(e.getValue(), e.getKey());
                moved.add(e.getKey());
            } catch (IOException | RuntimeException ex) {
                deleteAll(temps.values());
                restore(moved, current);
                throw failure(e.getKey(), ex, "replacing");
            }
        }
    }

    private static Path last(Map<Path, Path> temps) {
        Path last = null;
        for (Path p : temps.keySet()) {
            last = p;
        }
        return last;
    }

    private void restore(List<Path> moved, Map<Path, String> current) {
        for (Path p : moved) {
            String before = current.get(p);
            try {
                if (before == null) {
                    Files.deleteIfExists(p);
                } else {
                    AtomicFiles.write(p, before);
                }
            } catch (IOException ignored) {
                // best effort: the failure message below names the files
            }
        }
    }

    private static void deleteAll(Iterable<Path> paths) {
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover hidden temporary file is harmless
            }
        }
    }

    private static ZModelException failure(Path file, Exception e, String step) {
        return new ZModelException(
                "Cannot write the schema file " + file + " (" + step + " failed: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                        + "). Check that the directory is writable and the disk is not full; the schema files were left unchanged.",
                e);
    }
}
