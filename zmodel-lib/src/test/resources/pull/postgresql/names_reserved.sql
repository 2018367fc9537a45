-- Model and enum names that are reserved (Prisma's reserved names, ZModel's builtin types and standard library
-- enums) are renamed Renamed<Name> with @@map and a note.
CREATE TYPE "SortOrder" AS ENUM ('asc', 'desc');
CREATE TABLE class (
    id  integer PRIMARY KEY
);
CREATE TABLE "String" (
    id     integer PRIMARY KEY,
    value  text NOT NULL
);
CREATE TABLE datetime (
    id     integer PRIMARY KEY,
    sort   "SortOrder"
);
CREATE TABLE model (
    id     integer PRIMARY KEY,
    "enum" text
);
