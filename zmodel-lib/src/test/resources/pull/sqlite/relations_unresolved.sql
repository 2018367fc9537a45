-- SQLite accepts foreign keys to tables and columns that do not exist: no relation, a note and a warning.
CREATE TABLE orphan (
    id         INTEGER PRIMARY KEY,
    ghost_id   INTEGER REFERENCES ghost (id),
    other_id   INTEGER REFERENCES orphan (missing)
);
