-- Names equal after sanitizing or casing get a suffix; the one whose database name already is the ZModel name keeps
-- it.
CREATE TABLE "42User" (
    "_id"  INTEGER PRIMARY KEY
);
CREATE TABLE "User" (
    id  INTEGER PRIMARY KEY
);
CREATE TABLE item (
    id      INTEGER PRIMARY KEY,
    "a b"   INTEGER,
    "a_b"   INTEGER,
    "a$b"   TEXT,
    "User"  TEXT,
    owner   INTEGER REFERENCES "User" (id)
);
