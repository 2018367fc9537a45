package dev.zmodel.introspect;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * MariaDB prints the string default of a TEXT/BLOB/JSON column with backslash escapes and that of a VARCHAR column
 * with doubled quotes; both must read as one default, or a diff against the model shows a default change that
 * never goes away (found by the migration property test: {@code String @db.LongText @default("it's")}).
 */
class MySqlDefaultsTest {
    private static final MySqlFlavor MARIADB = new MySqlFlavor(true, 10, 11, 0);
    private static final MySqlFlavor MYSQL = new MySqlFlavor(false, 8, 0, 36);

    /** MariaDB qualifies a default's sequence with the database; the default names it as written, unqualified. */
    @Test
    void sequenceDefaultsLoseTheDatabaseQualifier() {
        assertEquals("nextval(`order_no`)", MySqlDefaults.unqualifiedSequences("nextval(`shop`.`order_no`)", "shop"));
        assertEquals(
                "nextval(`other`.`order_no`)",
                MySqlDefaults.unqualifiedSequences("nextval(`other`.`order_no`)", "shop"),
                "another database's sequence stays qualified");
        assertEquals("'`shop`.x'", MySqlDefaults.unqualifiedSequences("'`shop`.x'", "shop"), "a literal is kept");
        assertNull(MySqlDefaults.unqualifiedSequences(null, "shop"));
    }

    @Test
    void mariaDbStringLiteralsGetOneSpelling() {
        assertEquals("'it''s'", MySqlDefaults.normalize(MARIADB, "'it\\'s'", "longtext", ""));
        assertEquals("'it''s'", MySqlDefaults.normalize(MARIADB, "'it''s'", "varchar", ""));
        assertEquals("'a\\\\b'", MySqlDefaults.normalize(MARIADB, "'a\\\\b'", "text", ""));
        assertEquals("'line\nbreak'", MySqlDefaults.normalize(MARIADB, "'line\\nbreak'", "text", ""));
        assertEquals("'{}'", MySqlDefaults.normalize(MARIADB, "'{}'", "longtext", ""));
        assertNull(MySqlDefaults.normalize(MARIADB, "NULL", "text", ""));
    }

    @Test
    void expressionsAndNumbersAreKept() {
        assertEquals("current_timestamp(3)", MySqlDefaults.normalize(MARIADB, "current_timestamp(3)", "datetime", ""));
        assertEquals("-5", MySqlDefaults.normalize(MARIADB, "-5", "int", ""));
        assertEquals("'a' 'b'", MySqlDefaults.requote("'a' 'b'"));
    }

    @Test
    void mysqlBareLiteralsAreQuotedTheSameWay() {
        assertEquals("'it''s'", MySqlDefaults.normalize(MYSQL, "it's", "longtext", ""));
        assertEquals("'a\\\\b'", MySqlDefaults.normalize(MYSQL, "a\\b", "varchar", ""));
    }
}
