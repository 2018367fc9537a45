CREATE TABLE author (
    id    INTEGER PRIMARY KEY AUTOINCREMENT,
    email VARCHAR(255) NOT NULL UNIQUE,
    name  TEXT
);
-- subtitle is new: the schema below was pulled before it existed
CREATE TABLE book (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    author_id INTEGER NOT NULL REFERENCES author (id) ON DELETE CASCADE,
    title     TEXT NOT NULL,
    subtitle  TEXT,
    price     DECIMAL(8, 2)
);
