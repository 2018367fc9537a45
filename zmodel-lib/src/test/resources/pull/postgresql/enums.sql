-- Enums: values sanitized and mapped, '' is EMPTY_ENUM_VALUE, a value without valid characters gets a placeholder
-- (zenstack) or is commented out (prisma); an enum without values cannot be declared (its columns are
-- Unsupported); unused enums are declared too; enums come after models and views.
CREATE TYPE "weird enum" AS ENUM ('a-b', '', '1x', '42', 'ok', 'don''t know', 'ünï', 'UPPER_CASE');
CREATE TYPE nothing AS ENUM ();
CREATE TYPE unused AS ENUM ('x');
CREATE TABLE sample (
    id       integer PRIMARY KEY,
    weird    "weird enum" NOT NULL DEFAULT 'a-b',
    empty    nothing,
    many     "weird enum"[]
);
