-- Identifiers that need quoting: spaces, double quotes, $, unicode, reserved words, upper case and the
-- 63-byte PostgreSQL limit.
CREATE TABLE "order" (
    "select"        integer PRIMARY KEY,
    "Group By"      text,
    "say ""hi"""    text,
    "price$"        integer,
    "größe"         integer,
    "名前"          text,
    "CamelCase"     text
);
CREATE TABLE "table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijklm" (
    "column_name_that_is_exactly_sixty_three_bytes_long_abcdefghijkl" integer NOT NULL,
    CONSTRAINT "constraint_name_that_is_exactly_sixty_three_bytes_long_abcdefgh" PRIMARY KEY
        ("column_name_that_is_exactly_sixty_three_bytes_long_abcdefghijkl")
);
CREATE TABLE "my table" (
    "id" integer PRIMARY KEY,
    "order ref" integer REFERENCES "order" ("select"),
    CONSTRAINT "my ""check""" CHECK ("id" <> 13)
);
CREATE INDEX "idx with space" ON "my table" ("order ref" DESC);
CREATE TABLE "Ünïcödé" ("ключ" integer PRIMARY KEY);
