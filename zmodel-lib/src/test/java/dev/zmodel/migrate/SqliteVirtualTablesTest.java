package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.pull.PullResult;
import dev.zmodel.pull.PullWarning;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adopting an SQLite database with virtual tables (an FTS5 index over a content table kept in sync by triggers, an
 * FTS4 table, an R*Tree): db pull names them in a warning and writes no model for them or their shadow tables; the
 * baseline carries their {@code CREATE VIRTUAL TABLE} (SQLite makes the shadow tables itself); migrate-dev is in
 * sync; a database deployed from the baseline has the same {@code sqlite_master}; a field added to the content
 * table is one migration that keeps the rows, the index and its triggers working.
 */
class SqliteVirtualTablesTest {
    static final String DATABASE = """
            CREATE TABLE post (
                id    INTEGER PRIMARY KEY,
                title TEXT NOT NULL,
                body  TEXT NOT NULL
            );
            CREATE VIRTUAL TABLE post_fts USING fts5(title, body, content='post', content_rowid='id');
            CREATE TRIGGER post_ai AFTER INSERT ON post BEGIN
                INSERT INTO post_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
            END;
            CREATE TRIGGER post_ad AFTER DELETE ON post BEGIN
                INSERT INTO post_fts(post_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
            END;
            CREATE TRIGGER post_au AFTER UPDATE ON post BEGIN
                INSERT INTO post_fts(post_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
                INSERT INTO post_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
            END;
            CREATE VIRTUAL TABLE note USING fts4(body, tokenize=porter);
            CREATE VIRTUAL TABLE place_box USING rtree(id, min_x, max_x, min_y, max_y);
            INSERT INTO post (title, body) VALUES ('Hello', 'full text search in sqlite'), ('Bye', 'nothing here');
            INSERT INTO note (body) VALUES ('running tests');
            INSERT INTO place_box VALUES (1, 0, 10, 0, 10);
            """;

    /** What SQLite keeps of every object whose DDL is not the differ's (tables, indexes: see the catalog): virtual tables and
     * their shadow tables, triggers, views — type, name and SQL as {@code sqlite_master} has them. */
    static final String SQLITE_OBJECTS = """
            SELECT type || ' ' || name || ': ' || coalesce(sql, '')
            FROM sqlite_master
            WHERE name NOT LIKE 'DATABASECHANGELOG%' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
              AND (type IN ('trigger', 'view') OR sql LIKE 'CREATE VIRTUAL TABLE%'
                   OR name IN (SELECT name FROM pragma_table_list WHERE type = 'shadow'))
            ORDER BY type, name
            """;

    @Test
    void virtualTablesAreCarriedByTheBaselineAndLeftAloneByMigrations() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE);
                TestDatabase empty = TestDatabases.create(Provider.SQLITE)) {
            f.db.execute(DATABASE);
            AdoptionJourney journey = AdoptionJourney.of(f);
            PullResult pull = journey.pull();
            String pulled = pull.text();
            assertTrue(pulled.contains("model Post {"), pulled);
            for (String notAModel : List.of("PostFts", "Note", "PlaceBox", "_data", "_segdir", "_node", "_config")) {
                assertFalse(pulled.contains(notAModel), notAModel + " is not a model:\n" + pulled);
            }
            assertEquals(
                    List.of("note, place_box, post_fts"),
                    pull.warnings().stream()
                            .filter(w -> w.kind() == PullWarning.Kind.VIRTUAL_TABLE)
                            .map(PullWarning::object)
                            .toList());
            journey.assertValidates();

            MigrateBaselineResult baseline = journey.baselineCarryingAll();
            List<String> carried = baseline.carried();
            assertTrue(
                    carried.containsAll(List.of(
                            "Create virtual table `post_fts`",
                            "Create virtual table `note`",
                            "Create virtual table `place_box`")),
                    carried.toString());
            assertTrue(
                    carried.indexOf("Create virtual table `post_fts`")
                            < carried.indexOf("Create trigger `post_ai` on `post`"),
                    "the index before the triggers that write to it: " + carried);
            String migration = Files.readString(baseline.migration().file());
            assertFalse(migration.contains("post_fts_data"), "no shadow table in the baseline:\n" + migration);
            journey.assertInSync();

            // deployed into an empty file: the same objects, shadow tables made by SQLite itself
            journey.deployInto(empty);
            assertEquals(objects(f.db), objects(empty));
            MigrateBaselineTest.assertSameCatalog(
                    MigrateBaselineTest.catalog(f.db), MigrateBaselineTest.catalog(empty));
            empty.execute("INSERT INTO post (title, body) VALUES ('Deployed', 'search works after deploy')");
            assertEquals(
                    List.of(List.of("Deployed")),
                    empty.query("SELECT title FROM post_fts WHERE post_fts MATCH 'deploy'"));
            journey.assertSamePull(empty, pulled);

            // evolution: one field on the content table, one migration, rows kept, index and triggers intact
            String before = objects(f.db);
            MigrateDevResult added = journey.migrateDev(
                    pulled.replace("model Post {\n", "model Post {\n    slug String?\n"), "add_slug");
            journey.assertChanges(List.of("Add column `post.slug`"), added);
            assertTrue(added.createdApplied(), f.allMessages());
            assertEquals(List.of(baseline.migration().id(), added.created().id()), f.folders());
            assertEquals(before, objects(f.db), "virtual tables, shadow tables and triggers untouched");
            assertEquals("2", f.scalar("SELECT count(*) FROM post"));
            assertEquals("1", f.scalar("SELECT count(*) FROM note"));
            assertEquals("1", f.scalar("SELECT count(*) FROM place_box"));
            f.db.execute("INSERT INTO post (title, body, slug) VALUES ('New', 'indexed by the trigger', 'new')");
            f.db.execute("UPDATE post SET body = 'full text search, updated' WHERE title = 'Hello'");
            assertEquals(
                    List.of(List.of("Hello"), List.of("New")),
                    f.db.query("SELECT title FROM post_fts WHERE post_fts MATCH 'indexed OR updated' ORDER BY rowid"));
            journey.assertInSync();
            journey.assertUpToDate();
        }
    }

    static String objects(TestDatabase db) {
        return db.query(SQLITE_OBJECTS).stream().map(r -> r.get(0)).collect(Collectors.joining("\n"));
    }
}
