package dev.zmodel.examples.embedding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The program's output and files: pulled models, the one change after the edit, and its changelog. */
class EmbeddingExampleTest {

    @Test
    void pullsFormatsDiffsAndRendersTheChangelog(@TempDir Path dir) throws Exception {
        String output = run(dir);

        assertTrue(output.contains("== 1. Created shop.db from shop.sql\n"), output);
        assertTrue(output.contains("   Introspected 2 tables, 0 views and 0 enums of SQLite"), output);
        assertTrue(
                output.contains(
                        "== 2. Pulled the database into schema.zmodel\n   Models: 2 added (Customer, Purchase).\n"),
                output);
        assertTrue(output.contains("model Customer {"), output);
        assertTrue(output.contains("== 3. Added Customer.phone; the schema is valid; formatted 1 file(s)\n"), output);
        assertTrue(output.contains("== 4. Schema vs database: 1 change(s)\n   Add column `customer.phone`\n"), output);
        assertTrue(output.contains("== 5. Wrote 20260101000000_add_phone/migration.yaml\n"), output);

        String schema = Files.readString(dir.resolve("schema.zmodel"));
        assertTrue(schema.contains("\n    phone "), "formatted with four spaces:\n" + schema);
        String changelog = Files.readString(dir.resolve("20260101000000_add_phone/migration.yaml"));
        assertTrue(changelog.contains("id: 20260101000000_add_phone-1"), changelog);
        assertTrue(changelog.contains("ALTER TABLE \"customer\" ADD COLUMN \"phone\""), changelog);
        assertTrue(output.endsWith(changelog), output);
    }

    @Test
    void runsAgainInTheSameDirectory(@TempDir Path dir) throws Exception {
        String first = run(dir).replaceAll(" in \\d+ ms", "");
        assertEquals(first, run(dir).replaceAll(" in \\d+ ms", ""));
    }

    private static String run(Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            EmbeddingExample.run(dir, out);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
