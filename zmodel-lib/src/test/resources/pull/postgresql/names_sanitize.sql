-- Names are sanitized (docs/db-pull-mapping.md): leading characters that are not letters are dropped, other invalid
-- characters become _; the database name is kept with @map/@@map. A name without any valid character gets a placeholder
-- (zenstack) or is commented out (prisma).
CREATE TABLE "42User" (
    _id         serial PRIMARY KEY,
    _name       varchar(255),
    two$two     integer,
    "my col"    text,
    "größe"     integer,
    "名前"      text,
    "say ""hi"""  text
);
CREATE TABLE "Ünïcödé" (
    "ключ"  integer PRIMARY KEY,
    label   text
);
CREATE TABLE "order-items" (
    id        integer PRIMARY KEY,
    "Qty"     integer,
    "UNIT"    text
);
