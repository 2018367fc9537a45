-- Number and boolean defaults: integers, decimals keep their scale, floats, booleans 0/1/TRUE/FALSE; expressions
-- are dbgenerated.
CREATE TABLE reading (
    id        INTEGER PRIMARY KEY,
    zero      INTEGER DEFAULT 0,
    negative  INTEGER DEFAULT -5,
    positive  INTEGER DEFAULT +7,
    huge      BIGINT DEFAULT 9007199254740993,
    ratio     REAL DEFAULT 1.5,
    price     DECIMAL(10, 2) DEFAULT 0.00,
    flag      BOOLEAN NOT NULL DEFAULT 1,
    off       BOOLEAN DEFAULT FALSE,
    computed  INTEGER DEFAULT (1 + 2)
);
