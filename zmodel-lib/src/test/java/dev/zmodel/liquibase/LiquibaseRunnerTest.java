package dev.zmodel.liquibase;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.datasource.LiquibaseSettings;
import dev.zmodel.diff.DiffCases;
import dev.zmodel.diff.Fixtures;
import dev.zmodel.diff.SchemaDiff;
import dev.zmodel.schema.Column;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.Table;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static dev.zmodel.diff.Fixtures.nullable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our runner applies a migrations directory on a caller's connection: pending migrations only, each reported to
 * the listener, nothing printed; and because every changeset has a fixed logical path, moving the directory does
 * not make Liquibase run anything again.
 */
class LiquibaseRunnerTest {

    @ParameterizedTest
    @EnumSource(Provider.class)
    void appliesPendingMigrationsOnceEvenAfterTheDirectoryMoves(Provider provider) throws Exception {
        Fixtures f = Fixtures.of(provider);
        DatabaseSchema v1 = DiffCases.blog(f);
        Table user = v1.tables().get(0);
        List<Column> columns = new ArrayList<>(user.columns());
        columns.add(nullable("bio", f.text()));
        Table user2 = f.table("User").build().withColumns(columns);
        user2 = new Table(
                user.schema(),
                user.name(),
                user2.columns(),
                user.primaryKey(),
                user.indexes(),
                user.foreignKeys(),
                List.of(),
                List.of(),
                null,
                null);
        DatabaseSchema v2 = v1.withTables(List.of(user2, v1.tables().get(1)));

        Path dir = Files.createTempDirectory("zt-runner").resolve("migrations");
        write(
                dir,
                "20260101000000_init",
                ChangelogFormat.XML,
                SchemaDiff.diff(f.empty(), v1).changes(),
                provider);
        MasterChangelog.write(dir);

        List<String> messages = new ArrayList<>();
        Listener listener = new Listener() {
            @Override
            public void debug(String message) {
                if (message.startsWith("Applied ")) {
                    messages.add(message); // one debug line per changeset; Liquibase's own log is "[liquibase] ..."
                }
            }
        };
        try (TestDatabase db = TestDatabases.create(provider)) {
            String output = silently(() -> {
                try (Connection c = db.connect()) {
                    LiquibaseRunner.update(c, dir.resolve(MasterChangelog.FILE_NAME), listener);
                }
            });
            assertEquals("", output, "nothing printed");
            assertEquals(
                    "Applied 20260101000000_init-1 ("
                            + (provider == Provider.POSTGRESQL ? "Create enum `Role`" : "Create table `User`") + ")",
                    messages.get(0));
            int applied = messages.size();

            write(
                    dir,
                    "20260102000000_bio",
                    ChangelogFormat.YAML,
                    SchemaDiff.diff(v1, v2).changes(),
                    provider);
            MasterChangelog.write(dir);
            messages.clear();
            try (Connection c = db.connect()) {
                LiquibaseRunner.update(c, dir.resolve(MasterChangelog.FILE_NAME), listener);
            }
            assertEquals(List.of("Applied 20260102000000_bio-1 (Add column `User.bio`)"), messages);

            // the callback hears of each changeset with its logical file path, as it completes
            List<String> ran = new ArrayList<>();
            write(
                    dir,
                    "20260103000000_drop_bio",
                    ChangelogFormat.XML,
                    SchemaDiff.diff(v2, v1).changes(),
                    provider);
            MasterChangelog.write(dir);
            try (Connection c = db.connect()) {
                LiquibaseRunner.update(
                        c,
                        LiquibaseSettings.defaults(),
                        dir.resolve(MasterChangelog.FILE_NAME),
                        Listener.NONE,
                        (file, id) -> ran.add(file + " " + id));
            }
            assertEquals("20260103000000_drop_bio/migration.xml 20260103000000_drop_bio-1", ran.get(0));
            assertTrue(
                    ran.stream().allMatch(r -> r.startsWith("20260103000000_drop_bio/migration.xml ")), ran::toString);
            applied += ran.size() + 1;

            // Move the whole directory: the logical file paths keep every changeset's identity.
            Path moved = Files.createTempDirectory("zt-runner-moved").resolve("elsewhere");
            Files.move(dir, moved);
            messages.clear();
            try (Connection c = db.connect()) {
                LiquibaseRunner.update(c, moved.resolve(MasterChangelog.FILE_NAME), listener);
            }
            assertEquals(List.of(), messages, "nothing re-applied");
            assertEquals(
                    String.valueOf(applied),
                    db.query("SELECT count(*) FROM DATABASECHANGELOG").get(0).get(0));
            assertEquals(
                    "20260101000000_init/migration.xml",
                    db.query("SELECT FILENAME FROM DATABASECHANGELOG WHERE ID = '20260101000000_init-1'")
                            .get(0)
                            .get(0));
        }
    }

    @org.junit.jupiter.api.Test
    void aFailingMigrationIsOneClearError() throws Exception {
        Fixtures f = Fixtures.of(Provider.POSTGRESQL);
        Path dir = Files.createTempDirectory("zt-runner-fail");
        write(
                dir,
                "20260101000000_init",
                ChangelogFormat.XML,
                SchemaDiff.diff(f.empty(), f.schema(f.table("T").id().build())).changes(),
                Provider.POSTGRESQL);
        MasterChangelog.write(dir);
        try (TestDatabase db = TestDatabases.create(Provider.POSTGRESQL);
                Connection c = db.connect()) {
            db.execute("CREATE TABLE \"T\" (\"id\" serial PRIMARY KEY)");
            var e = org.junit.jupiter.api.Assertions.assertThrows(
                    dev.zmodel.ZModelException.class,
                    () -> LiquibaseRunner.update(c, dir.resolve(MasterChangelog.FILE_NAME), Listener.NONE));
            assertTrue(
                    e.getMessage()
                            .startsWith("Applying the migrations of " + dir.resolve("changelog.xml") + " failed: "),
                    e.getMessage());
            assertTrue(e.getMessage().contains("20260101000000_init-1"), e.getMessage());
            assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        }
    }

    private static void write(
            Path dir, String id, ChangelogFormat format, List<dev.zmodel.diff.SchemaChange> changes, Provider provider)
            throws IOException {
        Files.createDirectories(dir.resolve(id));
        Files.writeString(
                dir.resolve(id).resolve(format.fileName()), ChangelogRenderer.render(changes, provider, id, format));
    }

    interface Work {
        void run() throws Exception;
    }

    /** Runs work with System.out/err captured and a handler on Liquibase's JUL loggers; returns what leaked. */
    static String silently(Work work) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger liquibase = Logger.getLogger("liquibase");
        liquibase.addHandler(handler);
        try (PrintStream capture = new PrintStream(captured, true)) {
            System.setOut(capture);
            System.setErr(capture);
            work.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
            liquibase.removeHandler(handler);
        }
        String text = captured.toString()
                .lines()
                .filter(l -> !l.startsWith("SLF4J:")) // slf4j-api's own notice about a missing binding (test classpath)
                .reduce("", (a, b) -> a + b + "\n");
        assertTrue(logged.isEmpty(), "Liquibase logged through java.util.logging: " + logged);
        return text;
    }
}
