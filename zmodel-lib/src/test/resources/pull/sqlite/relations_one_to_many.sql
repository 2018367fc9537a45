-- One-to-many from inline REFERENCES (no constraint name on SQLite, so never map:); the default actions.
CREATE TABLE author (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL
);
CREATE TABLE post (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL,
    author_id  INTEGER NOT NULL REFERENCES author (id) ON DELETE RESTRICT ON UPDATE CASCADE
);
