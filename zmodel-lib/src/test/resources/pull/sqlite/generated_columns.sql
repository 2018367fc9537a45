-- Generated columns (hidden from PRAGMA table_info, which Prisma reads) are Unsupported("<type> GENERATED ALWAYS
-- AS (<expr>) …").
CREATE TABLE box (
    id      INTEGER PRIMARY KEY,
    width   INT NOT NULL,
    height  INT NOT NULL,
    area    INT GENERATED ALWAYS AS (width * height) VIRTUAL,
    volume  INT AS (width * height * 2) STORED
);
