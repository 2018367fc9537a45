-- An implicit many-to-many join table as Prisma creates it on SQLite.
CREATE TABLE "Category" (
    id  INTEGER PRIMARY KEY
);
CREATE TABLE "Post" (
    id  INTEGER PRIMARY KEY
);
CREATE TABLE "_CategoryToPost" (
    "A" INTEGER NOT NULL REFERENCES "Category" (id) ON DELETE CASCADE ON UPDATE CASCADE,
    "B" INTEGER NOT NULL REFERENCES "Post" (id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "_CategoryToPost_AB_unique" ON "_CategoryToPost" ("A", "B");
CREATE INDEX "_CategoryToPost_B_index" ON "_CategoryToPost" ("B");
