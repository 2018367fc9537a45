-- Latin letters outside ASCII are transliterated before sanitizing (Ünïcødé Täble → UnicodeTable, größe → grosse,
-- ïd → id), with @map/@@map to the real name; a name without Latin letters keeps the placeholder (zenstack) or is
-- commented out (prisma). Enum names and values follow the same rule.
CREATE TYPE "Stimmung" AS ENUM ('fröhlich', 'müde', 'ça va');
CREATE TABLE "Ünïcødé Täble" (
    "ïd"       integer PRIMARY KEY,
    "größe"    integer,
    "Øre"      numeric(10, 2),
    "Æsir"     text,
    "ключ"     text,
    stimmung   "Stimmung" DEFAULT 'müde'
);
CREATE TABLE "Straße" (
    id             integer PRIMARY KEY,
    "tabelle_ïd"   integer REFERENCES "Ünïcødé Täble" ("ïd")
);
