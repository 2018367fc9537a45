-- SQL comments inside CREATE TABLE are not database comments (SQLite has none): nothing is documented.
CREATE TABLE product (
    id    INTEGER PRIMARY KEY, -- the key
    /* the name */ name  TEXT NOT NULL
);
