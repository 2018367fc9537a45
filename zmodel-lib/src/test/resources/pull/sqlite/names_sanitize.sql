-- Names are sanitized with @map/@@map; a name without any valid character gets a placeholder (zenstack) or is
-- commented out (prisma).
CREATE TABLE "42User" (
    "_id"       INTEGER PRIMARY KEY,
    "two$two"   INTEGER,
    "my col"    TEXT,
    [bracketed] TEXT,
    "größe"     INTEGER,
    "名前"      TEXT
);
CREATE TABLE "名前" (
    id  INTEGER PRIMARY KEY
);
