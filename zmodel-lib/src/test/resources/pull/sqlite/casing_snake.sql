-- options: modelCasing=snake fieldCasing=snake
-- Snake casing of models, fields and relation fields.
CREATE TABLE "BlogPost" (
    id          INTEGER PRIMARY KEY,
    "authorId"  INTEGER NOT NULL REFERENCES "Author" (id),
    "postTitle" TEXT NOT NULL
);
CREATE TABLE "Author" (
    id  INTEGER PRIMARY KEY
);
