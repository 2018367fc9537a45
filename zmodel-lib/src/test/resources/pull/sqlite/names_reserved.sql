-- Reserved model names become Renamed<Name> with @@map and a note.
CREATE TABLE "enum" (
    id  INTEGER PRIMARY KEY
);
CREATE TABLE "Bytes" (
    id  INTEGER PRIMARY KEY
);
CREATE TABLE "PrismaClient" (
    id  INTEGER PRIMARY KEY
);
