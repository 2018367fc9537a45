-- JSON columns: JSONB is Json for both presets; JSON only for the zenstack preset (Prisma: Unsupported); defaults
-- are strings.
CREATE TABLE document (
    id     INTEGER PRIMARY KEY,
    doc    JSON NOT NULL DEFAULT '{}',
    docb   JSONB DEFAULT '[]'
);
