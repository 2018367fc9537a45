package dev.zmodel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacingAFileKeepsItsPermissionsAndLeavesNoTemporaryFile() throws IOException {
        assumeTrue(posix(), "POSIX permissions");
        Path file = dir.resolve("schema.zmodel");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        AtomicFiles.write(file, "new");

        assertEquals("new", Files.readString(file));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(1, count(dir), "only the target is left in the directory");
    }

    @Test
    void aNewFileIsReadableByOthersNotOwnerOnlyLikeATemporaryFile() throws IOException {
        assumeTrue(posix(), "POSIX permissions");
        Path file = dir.resolve("changelog.xml");

        AtomicFiles.write(file, "<databaseChangeLog/>");

        assertEquals("<databaseChangeLog/>", Files.readString(file));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aFailedWriteLeavesTheTargetAsItWasAndRemovesTheTemporaryFile() throws IOException {
        Path file = dir.resolve("schema.zmodel");
        Files.writeString(file, "old");
        // the move fails: the target is a non-empty directory
        Path target = dir.resolve("occupied");
        Files.createDirectories(target.resolve("child"));
        assertThrows(IOException.class, () -> AtomicFiles.write(target, "new"));

        assertEquals("old", Files.readString(file));
        assertEquals(2, count(dir), "no temporary file is left behind");
    }

    @Test
    void aTemporaryFileIsHiddenNextToTheTargetAndNeverReusesAnExistingFile() throws IOException {
        Path file = dir.resolve("schema.zmodel");
        Path first = AtomicFiles.createTemp(file);
        Path second = AtomicFiles.createTemp(file);

        assertEquals(dir.toAbsolutePath(), first.getParent());
        assertTrue(first.getFileName().toString().startsWith(".schema.zmodel."), first.toString());
        assertTrue(first.getFileName().toString().endsWith(".tmp"), first.toString());
        assertNotEquals(first, second, "each call creates a file of its own");
        assertEquals(0, Files.size(first));
        if (posix()) {
            // created owner-only, then given the target's permissions (a new target: rw-r--r--)
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(first)));
        }

        // a leftover of another process with the next name: skipped, not overwritten
        String name = second.getFileName().toString();
        long n = Long.parseLong(name.substring(name.lastIndexOf('-') + 1, name.length() - ".tmp".length()));
        Path leftover = dir.resolve(name.substring(0, name.lastIndexOf('-') + 1) + (n + 1) + ".tmp");
        Files.writeString(leftover, "someone else's");
        Path third = AtomicFiles.createTemp(file);

        assertNotEquals(leftover, third);
        assertEquals("someone else's", Files.readString(leftover));
    }

    private boolean posix() {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
