-- Declared types Prisma leaves Unsupported but ZenStack maps by SQLite's affinity (zenstack preset): tinyint,
-- smallint, mediumint, int2, int8, unsigned big int, INT(11), double precision, clob, json, bool, time, no type.
CREATE TABLE loose (
    id        INTEGER PRIMARY KEY,
    tiny      TINYINT,
    small     SMALLINT,
    medium    MEDIUMINT,
    i2        INT2,
    i8        INT8,
    huge      UNSIGNED BIG INT,
    sized     INT(11),
    precise   DOUBLE PRECISION,
    document  CLOB,
    doc       JSON,
    yes_no    BOOL,
    at        TIME,
    anything,
    money_t   MONEY
);
