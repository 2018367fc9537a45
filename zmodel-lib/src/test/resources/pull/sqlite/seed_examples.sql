-- Prisma's documented examples on SQLite: sanitized names, one-to-one, one-to-many and two foreign keys between Post
-- and User.
CREATE TABLE "42User" (
    _id INTEGER PRIMARY KEY,
    _name VARCHAR(255),
    "two$two" INTEGER
);
CREATE TABLE "User" (
    id INTEGER PRIMARY KEY
);
CREATE TABLE "Profile" (
    id INTEGER PRIMARY KEY,
    "user" integer NOT NULL UNIQUE,
    FOREIGN KEY ("user") REFERENCES "User"(id)
);
CREATE TABLE "Post" (
    id INTEGER PRIMARY KEY,
    "author" integer NOT NULL,
    "favoritedBy" INTEGER,
    FOREIGN KEY ("author") REFERENCES "User"(id),
    FOREIGN KEY ("favoritedBy") REFERENCES "User"(id)
);
