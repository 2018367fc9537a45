-- A table without columns cannot be a model: it is commented out with Prisma's explanation (the zenstack preset's
-- words in that preset) and a NO_COLUMNS warning, the blocks at the end of the file in model order; the other models
-- are unaffected. Migrations leave such a table alone (the differ never drops a table without columns).
CREATE TABLE placeholder ();
CREATE TABLE archive ();
CREATE TABLE item (
    id  integer PRIMARY KEY
);
