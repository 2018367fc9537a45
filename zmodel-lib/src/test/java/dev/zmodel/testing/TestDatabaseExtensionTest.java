package dev.zmodel.testing;

import dev.zmodel.Provider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Proves each real database path works: a table round trip through a fresh database per test. */
@ExtendWith(TestDatabaseExtension.class)
class TestDatabaseExtensionTest {

    private static void roundTrip(TestDatabase db) {
        db.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, label VARCHAR(20) NOT NULL);"
                + "INSERT INTO item (id, label) VALUES (1, 'one'); INSERT INTO item (id, label) VALUES (2, 'two;x');");
        assertEquals(
                List.of(List.of("1", "one"), List.of("2", "two;x")),
                db.query("SELECT id, label FROM item ORDER BY id"));
    }

    @Test
    void postgresql(@Db(Provider.POSTGRESQL) TestDatabase db) {
        roundTrip(db);
        assertEquals(List.of(List.of(db.name())), db.query("SELECT current_database()"));
    }

    @Test
    void mariadb(@Db(Provider.MYSQL) TestDatabase db) {
        roundTrip(db);
        assertEquals(List.of(List.of(db.name())), db.query("SELECT database()"));
    }

    @Test
    void sqlite(@Db(Provider.SQLITE) TestDatabase db) {
        roundTrip(db);
    }

    @Test
    void everyTestGetsItsOwnDatabase(@Db(Provider.POSTGRESQL) TestDatabase a, @Db(Provider.POSTGRESQL) TestDatabase b) {
        assertNotEquals(a.name(), b.name());
        a.execute("CREATE TABLE only_in_a (id INT)");
        assertFalse(b.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'only_in_a'")
                .get(0)
                .get(0)
                .equals("1"));
    }

    @Test
    void droppedAfterClose() {
        TestDatabase db = TestDatabases.create(Provider.POSTGRESQL);
        String name = db.name();
        db.close();
        try (TestDatabase other = TestDatabases.create(Provider.POSTGRESQL)) {
            assertEquals(
                    "0",
                    other.query("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")
                            .get(0)
                            .get(0));
        }
    }
}
