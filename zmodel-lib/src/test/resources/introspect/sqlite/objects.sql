-- Views (definition = the query after AS), identifiers that need quoting.
CREATE TABLE "order" (
    "select"      INTEGER PRIMARY KEY,
    "Group By"    TEXT,
    "say ""hi"""  TEXT,
    `back``tick`  TEXT,
    [bracketed]   TEXT,
    "price$"      INTEGER,
    "größe"       INTEGER,
    "名前"        TEXT
);
CREATE TABLE "my table" (
    id           INTEGER PRIMARY KEY,
    "order ref"  INTEGER CONSTRAINT "my ""fk""" REFERENCES "order" ("select")
);
CREATE VIEW "cheap order" ("key", "label") AS SELECT "select", "Group By" FROM "order" WHERE "price$" < 10;
CREATE VIEW plain_view AS
    SELECT id FROM "my table";
