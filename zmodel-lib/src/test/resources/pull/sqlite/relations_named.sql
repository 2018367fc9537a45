-- Foreign keys declared with CONSTRAINT names, table-level and inline: SQLite foreign key names are never written
-- (Prisma treats SQLite foreign keys as unnamed).
CREATE TABLE parent (
    id  INTEGER PRIMARY KEY
);
CREATE TABLE child (
    id         INTEGER PRIMARY KEY,
    parent_id  INTEGER NOT NULL CONSTRAINT child_parent REFERENCES parent (id) ON DELETE RESTRICT ON UPDATE CASCADE,
    other_id   INTEGER,
    CONSTRAINT child_other FOREIGN KEY (other_id) REFERENCES parent (id) ON DELETE SET NULL ON UPDATE CASCADE
);
