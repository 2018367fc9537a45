-- A self many-to-many relation next to a self foreign key: both need names.
CREATE TABLE person (
    id       INTEGER PRIMARY KEY,
    partner  INTEGER REFERENCES person (id)
);
CREATE TABLE "_Follows" (
    "A" INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE ON UPDATE CASCADE,
    "B" INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "_Follows_AB_unique" ON "_Follows" ("A", "B");
CREATE INDEX "_Follows_B_index" ON "_Follows" ("B");
