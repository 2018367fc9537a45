package dev.zmodel.pull;

import dev.zmodel.datasource.ConnectionOverrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real {@code db pull} process killed (SIGKILL) at random moments while it pulls, again and again, alternating
 * between two SQLite databases of 200 tables each: the schema file is always one complete result (the one before or
 * one a pull wrote), never truncated. The write step itself is hit more often by {@link SchemaFileWriterKillTest}.
 */
class DbPullKillTest {
    private static final int KILLS = 6;

    @TempDir
    Path dir;

    @Test
    void aDbPullProcessKilledAtRandomMomentsLeavesACompleteSchemaFile() throws Exception {
        String a = database("a", 200);
        String b = database("b", 200);
        Path schema = dir.resolve("schema.zmodel");
        String initial = "datasource db {\n  provider = \"sqlite\"\n  url      = \"" + a + "\"\n}\n";
        Files.writeString(schema, initial);

        // every version a pull can leave: the initial file, then pulls of a and b in turn (in this JVM)
        Set<String> complete = new HashSet<>();
        complete.add(initial);
        for (int i = 0; i < 4; i++) {
            DbPull.pull(PullOptions.of(schema).withConnection(new ConnectionOverrides(i % 2 == 0 ? a : b, null, null)));
            complete.add(Files.readString(schema));
        }
        assertEquals(3, complete.size(), "initial, pulled from a, pulled from b");

        Random random = new Random(11);
        for (int kill = 0; kill < KILLS; kill++) {
            Process p = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-XX:TieredStopAtLevel=1",
                            "-XX:+UseSerialGC",
                            "-cp",
                            System.getProperty("java.class.path"),
                            DbPullLoop.class.getName(),
                            schema.toString(),
                            a,
                            b)
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null && !line.equals("READY")) {
                    // SLF4J notices and the like
                }
                assertEquals("READY", line);
                Thread.sleep(random.nextInt(1500));
                p.destroyForcibly();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }
            String text = Files.readString(schema);
            assertTrue(
                    complete.contains(text),
                    "after kill " + kill + " the schema is not a complete version (" + text.length() + " chars):\n"
                            + text.substring(Math.max(0, text.length() - 200)));
        }
    }

    /** A SQLite database with {@code tables} tables named {@code <prefix>_<n>}; returns its URL. */
    private String database(String prefix, int tables) throws Exception {
        Path file = dir.resolve(prefix + ".db");
        String url = "jdbc:sqlite:" + file;
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (int i = 0; i < tables; i++) {
                s.execute("CREATE TABLE " + prefix + "_" + i + " (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                        + "created_at TIMESTAMP, parent_id INTEGER REFERENCES " + prefix + "_" + i + "(id))");
            }
            c.commit();
        }
        return url;
    }
}
