-- Reserved model names become Renamed<Name> with @@map and a note.
CREATE TABLE `class` (
    id  INT PRIMARY KEY
);
CREATE TABLE `Json` (
    id  INT PRIMARY KEY
);
CREATE TABLE `datetime` (
    id  INT PRIMARY KEY
);
