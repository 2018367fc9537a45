package dev.zmodel;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writing a file so that a reader (or a crash) sees the old content or the new one, never a truncated mix: the text
 * goes to a hidden temporary file in the same directory, is flushed to disk, and is moved over the target in one
 * step. Every file the project writes for the user (schemas, migrations, the master changelog, the lock file) goes
 * through here.
 */
public final class AtomicFiles {
    /** Tells this process's temporary files from another's (a collision only costs a retry). */
    private static final long CLOCK = System.nanoTime();

    private static final AtomicLong NEXT_TEMP = new AtomicLong();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AtomicFiles() {}

    /**
     * Writes {@code content} (UTF-8) to {@code target}. The target keeps its permissions; a new file gets
     * {@code rw-r--r--} where POSIX permissions apply (a temporary file is created owner-only). On failure the target
     * is as it was and the temporary file is removed.
     */
    public static void write(Path target, String content) throws IOException {
        Path temp = createTemp(target);
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            force(temp);
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A hidden temporary file next to {@code target}, with the permissions {@code target} has or will get. */
    public static Path createTemp(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = createUnique(absolute.getParent(), "." + absolute.getFileName() + ".");
        if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(
                    temp,
                    Files.exists(absolute)
                            ? Files.getPosixFilePermissions(absolute)
                            : PosixFilePermissions.fromString("rw-r--r--"));
        }
        return temp;
    }

    /**
     * Creates {@code prefix<clock>-<n>.tmp} in {@code directory}, owner-only where POSIX permissions apply, with the
     * next free number. Unlike {@link Files#createTempFile}, no {@code SecureRandom} is seeded for the name (nor the
     * process id looked up): the file lives beside the target only until the move, and creation fails rather than
     * reuse a file that exists, whoever made it.
     */
    private static Path createUnique(Path directory, String prefix) throws IOException {
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        String stem = prefix + Long.toHexString(CLOCK) + "-";
        while (true) {
            Path candidate = directory.resolve(stem + NEXT_TEMP.incrementAndGet() + ".tmp");
            try {
                return posix
                        ? Files.createFile(candidate, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                        : Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                // another process's file, or one a crashed process left: take the next number
            }
        }
    }

    /** Flushes a written file to the disk, so that the move never publishes an empty file after a power loss. */
    public static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Moves {@code temp} over {@code target} atomically where the file system can, else with a plain replace. */
    public static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
