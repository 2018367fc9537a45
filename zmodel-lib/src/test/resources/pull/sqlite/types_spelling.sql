-- Declared types are matched on their lower-cased text: case and sizes do not matter where Prisma matches a
-- substring; unusual spellings fall back to affinity (zenstack) or Unsupported (prisma).
CREATE TABLE spelled (
    id        INTEGER PRIMARY KEY,
    a         varchar(20),
    b         Decimal(5,2),
    c         NVARCHAR(10),
    d         UNSIGNED INTEGER,
    e         TIMESTAMP WITH TIME ZONE,
    f         "long text"
);
