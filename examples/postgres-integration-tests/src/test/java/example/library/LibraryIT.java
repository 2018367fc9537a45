package example.library;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs in the integration-test phase, after zenstack:migrate-deploy migrated the test database in
 * pre-integration-test. Plain JDBC against the tables of zenstack/schema.zmodel; every test rolls back, so the
 * build can run again on the same database.
 */
class LibraryIT {
    private Connection db;

    @BeforeEach
    void connect() throws SQLException {
        String url = System.getProperty("test.database.url");
        db = DriverManager.getConnection(url);
        db.setAutoCommit(false);
    }

    @AfterEach
    void rollBack() throws SQLException {
        db.rollback();
        db.close();
    }

    @Test
    void migrateDeployAppliedEveryCommittedMigration() throws SQLException, IOException {
        Set<String> tables = strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
        assertTrue(tables.containsAll(Set.of("author", "book", "member", "loan")), "tables: " + tables);

        Set<String> committed;
        try (Stream<Path> dirs = Files.list(Path.of("zenstack/migrations"))) {
            committed = dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> applied = strings("SELECT DISTINCT split_part(filename, '/', 1) FROM databasechangelog");
        assertEquals(committed, applied);
    }

    @Test
    void aNewLoanIsActiveAndJoinsItsBookAndMember() throws SQLException {
        int author = insert("INSERT INTO author (name) VALUES (?) RETURNING id", "Ursula K. Le Guin");
        int book = insert(
                "INSERT INTO book (isbn, title, published_on, author_id) VALUES (?, ?, ?, ?) RETURNING id",
                "978-0-06-051275-8",
                "The Dispossessed",
                LocalDate.of(1974, 5, 1),
                author);
        int member = insert("INSERT INTO member (email, name) VALUES (?, ?) RETURNING id", "ada@example.org", "Ada");
        insert(
                "INSERT INTO loan (book_id, member_id, due_on) VALUES (?, ?, ?) RETURNING id",
                book,
                member,
                LocalDate.of(2030, 1, 31));

        try (PreparedStatement s = db.prepareStatement("""
                SELECT b.title, a.name, m.email, l.status::text, l.due_on, l.borrowed_at IS NOT NULL
                FROM loan l JOIN book b ON b.id = l.book_id JOIN author a ON a.id = b.author_id
                JOIN member m ON m.id = l.member_id WHERE m.id = ?""")) {
            s.setInt(1, member);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("The Dispossessed", rs.getString(1));
                assertEquals("Ursula K. Le Guin", rs.getString(2));
                assertEquals("ada@example.org", rs.getString(3));
                assertEquals("ACTIVE", rs.getString(4));
                assertEquals(LocalDate.of(2030, 1, 31), rs.getObject(5, LocalDate.class));
                assertTrue(rs.getBoolean(6), "borrowed_at defaults to now()");
            }
        }
    }

    @Test
    void anIsbnIsUnique() throws SQLException {
        int author = insert("INSERT INTO author (name) VALUES (?) RETURNING id", "Octavia E. Butler");
        insert(
                "INSERT INTO book (isbn, title, author_id) VALUES (?, ?, ?) RETURNING id",
                "978-0-446-67550-5",
                "Kindred",
                author);

        SQLException e = assertThrows(
                SQLException.class,
                () -> insert(
                        "INSERT INTO book (isbn, title, author_id) VALUES (?, ?, ?) RETURNING id",
                        "978-0-446-67550-5",
                        "Copy",
                        author));
        assertEquals("23505", e.getSQLState(), "unique_violation");
    }

    @Test
    void aLoanNeedsAnExistingMember() throws SQLException {
        int author = insert("INSERT INTO author (name) VALUES (?) RETURNING id", "Stanisław Lem");
        int book = insert(
                "INSERT INTO book (isbn, title, author_id) VALUES (?, ?, ?) RETURNING id",
                "978-0-15-602760-1",
                "Solaris",
                author);

        SQLException e = assertThrows(
                SQLException.class,
                () -> insert(
                        "INSERT INTO loan (book_id, member_id, due_on) VALUES (?, ?, ?) RETURNING id",
                        book,
                        -1,
                        LocalDate.now()));
        assertEquals("23503", e.getSQLState(), "foreign_key_violation");
    }

    @Test
    void deletingABookDeletesItsLoans() throws SQLException {
        int author = insert("INSERT INTO author (name) VALUES (?) RETURNING id", "Italo Calvino");
        int book = insert(
                "INSERT INTO book (isbn, title, author_id) VALUES (?, ?, ?) RETURNING id",
                "978-0-15-645380-6",
                "Invisible Cities",
                author);
        int member =
                insert("INSERT INTO member (email, name) VALUES (?, ?) RETURNING id", "grace@example.org", "Grace");
        insert(
                "INSERT INTO loan (book_id, member_id, due_on, status) VALUES (?, ?, ?, 'RETURNED') RETURNING id",
                book,
                member,
                LocalDate.of(2030, 2, 28));

        insert("DELETE FROM book WHERE id = ? RETURNING id", book);

        assertEquals(Set.of(), strings("SELECT id::text FROM loan WHERE member_id = " + member));
    }

    private int insert(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "no row returned by " + sql);
                return rs.getInt(1);
            }
        }
    }

    private Set<String> strings(String sql) throws SQLException {
        Set<String> values = new TreeSet<>();
        try (PreparedStatement s = db.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
