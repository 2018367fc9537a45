package dev.zmodel.introspect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQLite DDL facts the pragmas do not give, on declarations the golden fixtures do not cover. */
class SqliteDdlTest {

    @Test
    void commentsQuotingAndConflictClauses() {
        SqliteDdl.TableDdl t = SqliteDdl.parseTable("""
                CREATE TABLE IF NOT EXISTS "t" ( -- a comment with a ( paren
                  [id] integer /* inline */ PRIMARY KEY ON CONFLICT REPLACE AUTOINCREMENT,
                  `a,b` text CONSTRAINT "c1" CHECK ("a,b" <> ')'),
                  ref INTEGER CONSTRAINT fk_ref REFERENCES other (id) ON DELETE CASCADE NOT DEFERRABLE,
                  lazy INTEGER REFERENCES other DEFERRABLE INITIALLY IMMEDIATE,
                  g TEXT GENERATED ALWAYS AS (upper("a,b")) VIRTUAL,
                  CONSTRAINT "two words" FOREIGN KEY (ref, lazy) REFERENCES other (x, y) DEFERRABLE INITIALLY DEFERRED
                ) STRICT, WITHOUT ROWID
                """);
        assertTrue(t.column("ID").autoincrement(), "column names are case-insensitive");
        assertFalse(t.column("id").primaryKeyDesc());
        assertEquals("upper(\"a,b\")", t.column("g").generatedExpression());
        assertEquals(List.of(new SqliteDdl.CheckDdl("c1", "\"a,b\" <> ')'")), t.checks());
        assertEquals(
                List.of(
                        new SqliteDdl.ForeignKeyDdl("fk_ref", List.of("ref"), "other", false, false),
                        new SqliteDdl.ForeignKeyDdl(null, List.of("lazy"), "other", true, false),
                        new SqliteDdl.ForeignKeyDdl("two words", List.of("ref", "lazy"), "other", true, true)),
                t.foreignKeys());
        assertTrue(t.withoutRowid());
    }

    @Test
    void createTableAsSelectHasNoDeclarations() {
        SqliteDdl.TableDdl t = SqliteDdl.parseTable("CREATE TABLE copy AS SELECT 1 AS x");
        assertEquals(List.of(), t.foreignKeys());
        assertFalse(t.withoutRowid());
        assertNull(t.column("x").generatedExpression());
    }

    @Test
    void indexPartsAndPredicate() {
        SqliteDdl.IndexDdl i = SqliteDdl.parseIndex(
                "CREATE UNIQUE INDEX IF NOT EXISTS \"i\" ON \"t\" (a COLLATE NOCASE DESC, (a || ',' || b), lower(c) ASC)"
                        + " WHERE a IS NOT NULL AND b > 0;");
        assertEquals(List.of("a", "(a || ',' || b)", "lower(c)"), i.parts());
        assertEquals("a IS NOT NULL AND b > 0", i.predicate());
        assertEquals(SqliteDdl.IndexDdl.EMPTY, SqliteDdl.parseIndex(null), "auto-indexes have no DDL");
    }

    @Test
    void viewBodySkipsTheColumnList() {
        assertEquals("SELECT 1 AS \"as\"", SqliteDdl.viewBody("CREATE VIEW v (\"as\") AS SELECT 1 AS \"as\";"));
        assertEquals("select * from t", SqliteDdl.viewBody("create temp view if not exists \"as\" as select * from t"));
    }

    @Test
    void triggerTimingAndEvent() {
        assertEquals(
                "AFTER UPDATE",
                SqliteDdl.triggerTiming("CREATE TRIGGER touch AFTER UPDATE OF email ON account BEGIN SELECT 1; END"));
        assertEquals(
                "BEFORE DELETE",
                SqliteDdl.triggerTiming("create trigger if not exists \"update\" delete on t begin select 1; end"));
        assertEquals(
                "INSTEAD OF INSERT",
                SqliteDdl.triggerTiming("CREATE TEMP TRIGGER v_ins INSTEAD OF INSERT ON v BEGIN SELECT 1; END"));
    }
}
