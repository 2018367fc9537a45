package dev.zmodel.pull;

import dev.zmodel.ZModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Schema files are replaced atomically: a failure at any step leaves every file exactly as it was. */
class SchemaFileWriterTest {
    @TempDir
    Path dir;

    @Test
    void replacesFilesAndKeepsTheirPermissions() throws IOException {
        Path schema = write("schema.zmodel", "old\n");
        Files.setPosixFilePermissions(schema, PosixFilePermissions.fromString("rw-r-----"));
        new SchemaFileWriter().writeAll(Map.of(schema, "new\n"), Map.of(schema, "old\n"));
        assertEquals("new\n", Files.readString(schema));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(schema)));
        assertEquals(List.of(schema), files());
    }

    @Test
    void aFailureWhileWritingLeavesEveryFileUntouchedAndNoTemporaryFile() throws IOException {
        Path entry = write("schema.zmodel", "entry before\n");
        Path other = write("blog.zmodel", "blog before\n");
        SchemaFileWriter.FileOps failing = new SchemaFileWriter.FileOps() {
            @Override
            public void write(Path file, String content) throws IOException {
                if (file.getFileName().toString().startsWith(".blog")) {
                    Files.writeString(file, content.substring(0, 3)); // half written, then the disk is full
                    throw new IOException("No space left on device");
                }
                SchemaFileWriter.DEFAULT_OPS.write(file, content);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                SchemaFileWriter.DEFAULT_OPS.move(from, to);
            }
        };
        Map<Path, String> updates = new LinkedHashMap<>();
        updates.put(entry, "entry after\n");
        updates.put(other, "blog after\n");
        ZModelException e = assertThrows(
                ZModelException.class,
                () -> new SchemaFileWriter(failing)
                        .writeAll(updates, Map.of(entry, "entry before\n", other, "blog before\n")));
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertTrue(e.getMessage().contains("the schema files were left unchanged"), e.getMessage());
        assertEquals("entry before\n", Files.readString(entry));
        assertEquals("blog before\n", Files.readString(other));
        assertEquals(List.of(other, entry), files());
    }

    @Test
    void aFailureWhileReplacingPutsBackTheFilesAlreadyReplaced() throws IOException {
        Path entry = write("schema.zmodel", "entry before\n");
        Path other = write("blog.zmodel", "blog before\n");
        SchemaFileWriter.FileOps failing = new SchemaFileWriter.FileOps() {
            @Override
            public void write(Path file, String content) throws IOException {
                SchemaFileWriter.DEFAULT_OPS.write(file, content);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                if (to.equals(other)) {
                    throw new IOException("Read-only file system");
                }
                SchemaFileWriter.DEFAULT_OPS.move(from, to);
            }
        };
        Map<Path, String> updates = new LinkedHashMap<>();
        updates.put(entry, "entry after\n");
        updates.put(other, "blog after\n");
        assertThrows(
                ZModelException.class,
                () -> new SchemaFileWriter(failing)
                        .writeAll(updates, Map.of(entry, "entry before\n", other, "blog before\n")));
        assertEquals("entry before\n", Files.readString(entry));
        assertEquals("blog before\n", Files.readString(other));
        assertEquals(List.of(other, entry), files());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
