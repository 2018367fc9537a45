-- Latin letters outside ASCII are transliterated before sanitizing, with @map/@@map to the real name; a name without
-- Latin letters keeps the placeholder (zenstack) or is commented out (prisma).
CREATE TABLE "Ünïcødé Täble" (
    "ïd"     INT PRIMARY KEY,
    "größe"  INT,
    "Øre"    DECIMAL(10, 2),
    "ключ"   TEXT
);
