package dev.zmodel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    private boolean posix() {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
