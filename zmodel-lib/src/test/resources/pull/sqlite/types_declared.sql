-- Declared types Prisma maps (exact matches and "char"/"numeric"/"decimal" substrings); SQLite has no native type
-- attributes.
CREATE TABLE sample (
    id        INTEGER PRIMARY KEY,
    count     INT,
    big       BIGINT,
    ratio     REAL,
    amount    FLOAT,
    weight    DOUBLE,
    flag      BOOLEAN,
    body      TEXT,
    title     VARCHAR(255),
    code      NCHAR(3),
    label     CHARACTER(10),
    price     DECIMAL(10, 2),
    total     NUMERIC,
    day       DATE,
    created   DATETIME,
    stamp     TIMESTAMP,
    data      BLOB,
    raw       BINARY,
    doc       JSONB
);
