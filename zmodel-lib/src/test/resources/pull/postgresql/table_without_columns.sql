-- A table without columns cannot be a model: it is commented out with Prisma's explanation and a NO_COLUMNS
-- warning; the other models are unaffected.
CREATE TABLE placeholder ();
CREATE TABLE item (
    id  integer PRIMARY KEY
);
