package dev.zmodel.pull;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionOverrides;
import dev.zmodel.lang.ZModelFiles;
import dev.zmodel.testing.Db;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link DbPull} end to end on real databases and real files. */
@ExtendWith(TestDatabaseExtension.class)
class DbPullTest {
    private static final String SHOP = """
            CREATE TABLE app_user (
                id         INTEGER PRIMARY KEY AUTOINCREMENT,
                email      VARCHAR(255) NOT NULL UNIQUE,
                full_name  TEXT,
                created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
            );
            CREATE TABLE post (
                id        INTEGER PRIMARY KEY AUTOINCREMENT,
                author_id INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
                title     TEXT NOT NULL,
                body      TEXT
            );
            """;

    @TempDir
    Path dir;

    private Path schema(TestDatabase db) throws IOException {
        return Files.writeString(
                dir.resolve("schema.zmodel"), """
                datasource db {
                    provider = "%s"
                    url      = env("DATABASE_URL")
                }
                """.formatted(db.provider().id()));
    }

    private static PullOptions options(Path schema, TestDatabase db) {
        return PullOptions.of(schema)
                .withValidate(true)
                .withConnection(new ConnectionOverrides(null, db.user(), db.password()))
                .withEnvironment(Map.of("DATABASE_URL", db.jdbcUrl())::get);
    }

    @Test
    void pullsIntoADatasourceOnlySchemaAndASecondPullChangesNothing(@Db(Provider.SQLITE) TestDatabase db)
            throws IOException {
        db.execute(SHOP);
        Path schema = schema(db);
        PullResult first = DbPull.pull(options(schema, db));
        assertTrue(first.written());
        String text = Files.readString(schema);
        assertTrue(text.contains("model AppUser {"), text);
        assertTrue(text.contains("@@map(\"app_user\")"), text);
        assertEquals(List.of(), first.problems());
        assertEquals(List.of("AppUser", "Post"), first.summary().names("model", DeclarationChange.Change.ADDED));

        byte[] before = Files.readAllBytes(schema);
        PullResult second = DbPull.pull(options(schema, db));
        assertFalse(second.changed());
        assertFalse(second.written());
        assertEquals("", second.diff());
        assertArrayEquals(before, Files.readAllBytes(schema));
    }

    @Test
    void aRePullKeepsHandEditsAndPlacesANewColumn(@Db(Provider.SQLITE) TestDatabase db) throws IOException {
        db.execute(SHOP);
        Path schema = schema(db);
        DbPull.pull(options(schema, db));
        String pulled = Files.readString(schema);
        String edited = pulled.replace("AppUser", "Customer")
                .replace("model Customer {", "/// A customer.\nmodel Customer {")
                .replace("    @@map(\"app_user\")", "    @@map(\"app_user\")\n    @@allow(\"read\", true)")
                .replaceFirst("(?m)^(    email .*)$", "    // login\n$1 @email")
                .replaceFirst("(?m)^(    createdAt .*)$", "$1\n    greeting String @computed");
        Files.writeString(schema, edited);
        db.execute("ALTER TABLE app_user ADD COLUMN nickname TEXT");

        PullResult result = DbPull.pull(options(schema, db));
        String text = Files.readString(schema);
        assertTrue(text.contains("/// A customer.\nmodel Customer {"), text);
        assertTrue(text.contains("@@allow(\"read\", true)"), text);
        assertTrue(text.contains("// login"), text);
        assertTrue(text.contains("@email"), text);
        assertTrue(text.contains("greeting"), text);
        assertTrue(
                text.indexOf("nickname") > text.indexOf("createdAt")
                        && text.indexOf("nickname") < text.indexOf("greeting"),
                "the new column follows the field of the column before it:\n" + text);
        assertTrue(text.contains("Customer "), "relation fields point at the renamed model:\n" + text);
        assertEquals(List.of("Customer"), result.summary().names("model", DeclarationChange.Change.CHANGED));
        assertEquals(List.of(), result.problems(), text);

        byte[] before = Files.readAllBytes(schema);
        assertFalse(DbPull.pull(options(schema, db)).changed());
        assertArrayEquals(before, Files.readAllBytes(schema));
    }

    @Test
    void aDryRunReturnsTheDiffAndWritesNothing(@Db(Provider.SQLITE) TestDatabase db) throws IOException {
        db.execute(SHOP);
        Path schema = schema(db);
        byte[] before = Files.readAllBytes(schema);
        PullResult result = DbPull.pull(options(schema, db).withDryRun(true));
        assertTrue(result.changed());
        assertFalse(result.written());
        assertTrue(result.diff().startsWith("--- a/"), result.diff());
        assertTrue(result.diff().contains("+model AppUser {"), result.diff());
        assertArrayEquals(before, Files.readAllBytes(schema));
        assertEquals(List.of(schema), files());
    }

    @Test
    void anUnreachableServerIsOneClearMessageAndTheFileIsUntouched() throws IOException {
        Path schema = Files.writeString(dir.resolve("schema.zmodel"), """
                datasource db {
                    provider = "postgresql"
                    url      = "postgresql://app:hunter2@127.0.0.1:1/shop?connect_timeout=2"
                }

                model User {
                    id Int @id
                }
                """);
        byte[] before = Files.readAllBytes(schema);
        ZModelException e = assertThrows(ZModelException.class, () -> DbPull.pull(PullOptions.of(schema)));
        String m = e.getMessage();
        assertTrue(m.startsWith("Cannot connect to jdbc:postgresql://127.0.0.1:1/shop"), m);
        assertTrue(m.contains("connecting failed"), m);
        assertTrue(m.contains("for db-pull: connecting failed"), m);
        assertTrue(m.contains("Check that the database server is running and reachable at the host and port"), m);
        assertTrue(m.endsWith("The schema was not changed."), m);
        assertFalse(m.contains("hunter2"), m);
        assertArrayEquals(before, Files.readAllBytes(schema));
    }

    @Test
    void aMissingSqliteFileIsAnErrorInsteadOfAnEmptyDatabase() throws IOException {
        Path schema = Files.writeString(dir.resolve("schema.zmodel"), """
                datasource db {
                    provider = "sqlite"
                    url      = "file:./typo.db"
                }

                model User {
                    id Int @id
                }
                """);
        byte[] before = Files.readAllBytes(schema);
        ZModelException e = assertThrows(ZModelException.class, () -> DbPull.pull(PullOptions.of(schema)));
        assertTrue(e.getMessage().contains("typo.db does not exist"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("typo.db")));
        assertArrayEquals(before, Files.readAllBytes(schema));
    }

    @Test
    void aDefaultSchemaMissingFromSchemasIsRefusedBeforeConnecting() throws IOException {
        Path schema = Files.writeString(dir.resolve("schema.zmodel"), """
                datasource db {
                    provider      = "postgresql"
                    url           = "postgresql://nobody:hunter2@127.0.0.1:1/none"
                    schemas       = ["public", "billing"]
                    defaultSchema = "app"
                }
                """);
        byte[] before = Files.readAllBytes(schema);
        ZModelException e = assertThrows(ZModelException.class, () -> DbPull.pull(PullOptions.of(schema)));
        assertEquals(
                "The datasource 'db' in " + schema + " has defaultSchema = \"app\", which is not in its schemas "
                        + "[\"public\", \"billing\"]: the models without @@schema would belong to a schema db pull "
                        + "does not read, and zenstack:validate rejects such a schema. The schema was not changed. Add "
                        + "it to the list (schemas = [\"public\", \"billing\", \"app\"]) or make defaultSchema one of "
                        + "the listed schemas, then run mvn zenstack:db-pull again.",
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(schema));
    }

    @Test
    void aSchemaWithSyntaxErrorsIsRefused(@Db(Provider.SQLITE) TestDatabase db) throws IOException {
        db.execute(SHOP);
        Path schema = Files.writeString(dir.resolve("schema.zmodel"), """
                datasource db {
                    provider = "sqlite"
                    url      = env("DATABASE_URL")
                }

                model User {
                    id Int @id
                """);
        byte[] before = Files.readAllBytes(schema);
        ZModelException e = assertThrows(ZModelException.class, () -> DbPull.pull(options(schema, db)));
        assertTrue(e.getMessage().contains("Fix them first (nothing was changed)"), e.getMessage());
        assertTrue(e.getMessage().contains("schema.zmodel:"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(schema));
    }

    @Test
    void pullsFromACallersConnectionIntoText(@Db(Provider.POSTGRESQL) TestDatabase db) throws Exception {
        db.execute("""
                CREATE TYPE mood AS ENUM ('happy', 'sad');
                CREATE TABLE person (id serial PRIMARY KEY, name text NOT NULL, mood mood);
                """);
        try (Connection c = db.connect()) {
            PullResult result = DbPull.pull(c, null, PullOptions.defaults());
            assertEquals(ZModelFiles.formatText("""
                    datasource db {
                        provider = "postgresql"
                        url      = env("DATABASE_URL")
                    }

                    model Person {
                        id   Int    @id @default(autoincrement())
                        name String
                        mood Mood?

                        @@map("person")
                    }

                    enum Mood {
                        happy
                        sad

                        @@map("mood")
                    }
                    """, null), result.text());
            assertFalse(c.isClosed(), "the caller's connection stays open");
            String again = DbPull.pull(c, result.text(), PullOptions.defaults()).text();
            assertEquals(result.text(), again);
        }
    }

    @Test
    void includeReadsASubsetAndKeepsTheOtherModels(@Db(Provider.POSTGRESQL) TestDatabase db) throws IOException {
        db.execute("""
                CREATE TABLE shop_item (id serial PRIMARY KEY, name text);
                CREATE TABLE audit (id serial PRIMARY KEY);
                """);
        Path schema = Files.writeString(dir.resolve("schema.zmodel"), """
                datasource db {
                    provider = "postgresql"
                    url      = env("DATABASE_URL")
                }

                /// Hand-written, not in this pull.
                model Legacy {
                    id Int @id

                    @@map("legacy")
                }
                """);
        List<String> progress = new ArrayList<>();
        Listener listener = new Listener() {
            @Override
            public void info(String message) {
                progress.add(message);
            }
        };
        DbPull.pull(options(schema, db).withInclude(List.of("shop_*")).withListener(listener));
        String text = Files.readString(schema);
        assertTrue(text.contains("model Legacy {"), text);
        assertTrue(text.contains("model ShopItem {"), text);
        assertFalse(text.contains("model Audit"), text);
        assertTrue(progress.stream().anyMatch(p -> p.startsWith("Introspected 1 tables")), progress::toString);
    }

    @Test
    void pullsFromMariaDb(@Db(Provider.MYSQL) TestDatabase db) throws IOException {
        db.execute("""
                CREATE TABLE customer (id INT AUTO_INCREMENT PRIMARY KEY, tier ENUM('free', 'pro') NOT NULL DEFAULT 'free');
                CREATE TABLE invoice (id INT AUTO_INCREMENT PRIMARY KEY, customer_id INT NOT NULL,
                    FOREIGN KEY (customer_id) REFERENCES customer (id));
                """);
        Path schema = schema(db);
        PullResult first = DbPull.pull(options(schema, db));
        assertEquals(List.of(), first.problems(), first.text());
        assertTrue(first.text().contains("model Customer {"), first.text());
        assertFalse(DbPull.pull(options(schema, db)).changed(), "second pull must not change anything");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
