-- Two foreign keys over the same column to the same table: one relation, a note and a warning for the other.
CREATE TABLE parent (
    id  INTEGER PRIMARY KEY
);
CREATE TABLE child (
    id         INTEGER PRIMARY KEY,
    parent_id  INTEGER NOT NULL,
    FOREIGN KEY (parent_id) REFERENCES parent (id),
    FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE
);
