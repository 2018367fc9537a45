-- Names that become equal after sanitizing or casing are made unique: the one whose database name already is the
-- ZModel name keeps it, the others get a suffix (zenstack) — or, as Prisma 6 does on PostgreSQL, models and enums
-- get their schema as prefix (prisma); fields, and relation fields that clash with a scalar field, get a suffix.
CREATE TABLE "42User" (
    _id  serial PRIMARY KEY
);
CREATE TABLE "24User" (
    _id  serial PRIMARY KEY
);
CREATE TABLE "User" (
    id  serial PRIMARY KEY
);
CREATE TABLE item (
    id       integer PRIMARY KEY,
    "a b"    integer,
    "a_b"    integer,
    "a$b"    text,
    "aB"     integer,
    "User"   text,
    owner    integer REFERENCES "User" (id)
);
