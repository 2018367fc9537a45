-- A self relation, declared inline.
CREATE TABLE category (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    parent_id  INTEGER REFERENCES category (id) ON DELETE CASCADE ON UPDATE CASCADE
);
