package dev.zmodel.testing;

import dev.zmodel.PropertyNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scan finds the secret where it is (file and line, file names, binary files) and nowhere else. */
class SecretScanTest {
    private static final String SECRET = "zt-Secret-4711";

    @TempDir
    Path dir;

    @Test
    void findsTheFileAndLineAndSkipsOnlyTheNamedHarnessFiles() throws Exception {
        Files.writeString(dir.resolve("build.log"), "[INFO] ok\n[INFO] url=jdbc:x?password=" + SECRET + "\n");
        Files.createDirectories(dir.resolve("target"));
        Files.write(dir.resolve("target/app.db"), ("\0\1binary" + SECRET).getBytes());
        Files.writeString(dir.resolve("test.properties"), PropertyNames.URL + "=jdbc:x?password=" + SECRET);
        Files.writeString(dir.resolve("clean.txt"), "password=***");
        Files.createFile(dir.resolve("dump-" + SECRET + ".txt"));

        assertEquals(
                List.of("build.log:2", "dump-" + SECRET + ".txt (its name)", "target/app.db:1"),
                SecretScan.find(SECRET, dir, Set.of("test.properties")));
        AssertionError e =
                assertThrows(AssertionError.class, () -> SecretScan.assertAbsent(SECRET, dir, "test.properties"));
        assertTrue(e.getMessage().contains("build.log:2"), e.getMessage());
    }

    @Test
    void textsAndCleanTrees() throws Exception {
        Files.writeString(dir.resolve("clean.txt"), "password=***");
        assertDoesNotThrow(() -> SecretScan.assertAbsent(SECRET, dir));
        assertDoesNotThrow(() -> SecretScan.assertAbsent(SECRET, "messages", "Cannot connect to x?password=***"));
        AssertionError e = assertThrows(
                AssertionError.class, () -> SecretScan.assertAbsent(SECRET, "messages", "one\ntwo " + SECRET));
        assertEquals("The password was found in messages:2", e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> SecretScan.assertAbsent("", "messages", "x"),
                "an empty secret proves nothing");
    }
}
