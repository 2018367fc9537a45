-- The examples of Prisma's introspection documentation ("Rules and conventions") together: sanitized 42User, a
-- one-to-one Profile, and two foreign keys between Post and User.
CREATE TABLE "42User" (
    _id SERIAL PRIMARY KEY,
    _name VARCHAR(255),
    two$two INTEGER
);
CREATE TABLE "User" (
    id SERIAL PRIMARY KEY
);
CREATE TABLE "Profile" (
    id SERIAL PRIMARY KEY,
    "user" integer NOT NULL UNIQUE,
    FOREIGN KEY ("user") REFERENCES "User"(id)
);
CREATE TABLE "Post" (
    id SERIAL PRIMARY KEY,
    "author" integer NOT NULL,
    "favoritedBy" INTEGER,
    FOREIGN KEY ("author") REFERENCES "User"(id),
    FOREIGN KEY ("favoritedBy") REFERENCES "User"(id)
);
