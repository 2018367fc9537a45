-- Names equal after sanitizing or casing are made unique with a suffix; the one whose database name already is the
-- ZModel name keeps it (MySQL has no schemas to prefix).
CREATE TABLE `42User` (
    `_id`  INT PRIMARY KEY
);
CREATE TABLE `User` (
    id  INT PRIMARY KEY
);
CREATE TABLE item (
    id       INT PRIMARY KEY,
    `a b`    INT,
    `a_b`    INT,
    `a$b`    TEXT
);
