CREATE TABLE author (
    id    INTEGER PRIMARY KEY AUTOINCREMENT,
    email VARCHAR(255) NOT NULL UNIQUE,
    name  TEXT
);
CREATE TABLE book (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    author_id INTEGER NOT NULL REFERENCES author (id) ON DELETE CASCADE,
    title     TEXT NOT NULL,
    price     DECIMAL(8, 2)
);
CREATE VIEW book_count AS SELECT author_id, COUNT(*) AS books FROM book GROUP BY author_id;
CREATE TRIGGER book_title_trimmed AFTER INSERT ON book
BEGIN
    UPDATE book SET title = trim(title) WHERE id = NEW.id;
END;
