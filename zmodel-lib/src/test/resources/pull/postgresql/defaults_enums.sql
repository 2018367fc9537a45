-- Enum defaults name the member by its ZModel name (also when sanitized); enum array defaults are lists of
-- members; a default that is not a member stays dbgenerated.
CREATE TYPE mood AS ENUM ('happy', 'so-so', 'don''t know', '');
CREATE TABLE person (
    id        integer PRIMARY KEY,
    mood      mood NOT NULL DEFAULT 'happy',
    unsure    mood DEFAULT 'don''t know',
    dashed    mood DEFAULT 'so-so',
    blank     mood DEFAULT '',
    history   mood[] DEFAULT '{happy,so-so}',
    computed  mood DEFAULT ('happy'::mood)
);
