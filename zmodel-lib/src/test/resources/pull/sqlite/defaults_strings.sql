-- String defaults: '' escapes decoded; expressions — also datetime('now') on a TEXT column (Prisma would write it
-- as a string) — are dbgenerated.
CREATE TABLE greeting (
    id          INTEGER PRIMARY KEY,
    plain       TEXT DEFAULT 'hello',
    quoted      TEXT DEFAULT 'it''s "quoted"',
    backslash   TEXT DEFAULT 'back\slash',
    empty       TEXT DEFAULT '',
    null_word   TEXT DEFAULT 'NULL',
    no_default  TEXT DEFAULT NULL,
    wrapped     TEXT DEFAULT ('x'),
    stamped     TEXT DEFAULT (datetime('now')),
    lowered     TEXT DEFAULT (lower('ABC'))
);
