-- options: previewViews
-- Views become view blocks (the prisma preset: with Prisma's views preview feature): every field optional (as
-- PostgreSQL reports view columns), no keys, no relations, no @@ignore; materialized views too, with a note; enum and
-- unsupported columns map as in tables.
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE entry (
    id       integer PRIMARY KEY,
    title    varchar(100) NOT NULL,
    mood     mood NOT NULL,
    during   tsrange,
    created  timestamp(3) NOT NULL
);
CREATE VIEW "Recent Entries" AS SELECT id, title, mood, during FROM entry WHERE created > now() - interval '7 days';
CREATE MATERIALIZED VIEW entry_count AS SELECT mood, count(*) AS n FROM entry GROUP BY mood;
