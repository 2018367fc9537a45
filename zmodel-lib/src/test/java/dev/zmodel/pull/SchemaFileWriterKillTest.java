package dev.zmodel.pull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code db pull} killed while writing: a separate JVM ({@link SchemaWriteLoop}) replaces a two-file schema with
 * the writer db pull uses, over and over, and is killed with SIGKILL at a random moment. Every time, each schema
 * file is one complete version (old or new), never truncated or mixed; at most hidden temporary files are left.
 */
class SchemaFileWriterKillTest {
    private static final int KILLS = 8;

    @TempDir
    Path dir;

    @Test
    void aProcessKilledWhileWritingLeavesEverySchemaFileOldOrNewNeverTruncated() throws Exception {
        List<String> complete0 = Stream.of(SchemaWriteLoop.FILES)
                .map(f -> SchemaWriteLoop.content(f, 0))
                .toList();
        List<String> complete1 = Stream.of(SchemaWriteLoop.FILES)
                .map(f -> SchemaWriteLoop.content(f, 1))
                .toList();
        Random random = new Random(7);
        for (int kill = 0; kill < KILLS; kill++) {
            Process p = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-XX:TieredStopAtLevel=1",
                            "-XX:+UseSerialGC",
                            "-cp",
                            System.getProperty("java.class.path"),
                            SchemaWriteLoop.class.getName(),
                            dir.toString())
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("READY", out.readLine());
                Thread.sleep(random.nextInt(400));
                p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }
            for (int f = 0; f < SchemaWriteLoop.FILES.length; f++) {
                String text = Files.readString(dir.resolve(SchemaWriteLoop.FILES[f]));
                assertTrue(
                        text.equals(complete0.get(f)) || text.equals(complete1.get(f)),
                        SchemaWriteLoop.FILES[f] + " after kill " + kill + " is neither version (" + text.length()
                                + " chars)");
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path leftover : files.filter(x -> !List.of(SchemaWriteLoop.FILES)
                                .contains(x.getFileName().toString()))
                        .toList()) {
                    String name = leftover.getFileName().toString();
                    assertTrue(name.startsWith(".") && name.endsWith(".tmp"), "unexpected file " + name);
                    Files.delete(leftover);
                }
            }
        }
    }
}
