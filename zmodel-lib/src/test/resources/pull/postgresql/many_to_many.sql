-- Implicit many-to-many join tables (Prisma's convention: _AToB, columns A and B, a primary key or unique index on
-- (A, B), an index on B, A referencing the table whose name sorts first) become list fields on both models.
CREATE TABLE "Category" (
    id    serial PRIMARY KEY,
    name  text NOT NULL
);
CREATE TABLE "Post" (
    id     serial PRIMARY KEY,
    title  text NOT NULL
);
CREATE TABLE "_CategoryToPost" (
    "A" integer NOT NULL REFERENCES "Category" (id) ON DELETE CASCADE ON UPDATE CASCADE,
    "B" integer NOT NULL REFERENCES "Post" (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_CategoryToPost_AB_pkey" PRIMARY KEY ("A", "B")
);
CREATE INDEX "_CategoryToPost_B_index" ON "_CategoryToPost" ("B");
CREATE TABLE "Tag" (
    id     serial PRIMARY KEY,
    label  text NOT NULL
);
CREATE TABLE "_PostTags" (
    "A" integer NOT NULL REFERENCES "Post" (id) ON DELETE CASCADE ON UPDATE CASCADE,
    "B" integer NOT NULL REFERENCES "Tag" (id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "_PostTags_AB_unique" ON "_PostTags" ("A", "B");
CREATE INDEX "_PostTags_B_index" ON "_PostTags" ("B");
