-- Referential actions are written only where they differ from Prisma's defaults (onDelete Restrict for required
-- and SetNull for optional keys, onUpdate Cascade); a plain REFERENCES is NO ACTION; map: only for constraint
-- names that are not {table}_{columns}_fkey.
CREATE TABLE parent (
    id  integer PRIMARY KEY
);
CREATE TABLE child (
    id       integer PRIMARY KEY,
    a        integer NOT NULL REFERENCES parent (id),
    b        integer NOT NULL REFERENCES parent (id) ON DELETE RESTRICT ON UPDATE CASCADE,
    c        integer REFERENCES parent (id) ON DELETE SET NULL ON UPDATE CASCADE,
    d        integer NOT NULL REFERENCES parent (id) ON DELETE CASCADE ON UPDATE RESTRICT,
    e        integer DEFAULT 1 REFERENCES parent (id) ON DELETE SET DEFAULT ON UPDATE SET NULL,
    f        integer,
    CONSTRAINT child_f_custom FOREIGN KEY (f) REFERENCES parent (id) ON DELETE NO ACTION ON UPDATE CASCADE
);
