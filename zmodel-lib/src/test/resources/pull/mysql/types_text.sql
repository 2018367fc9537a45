-- Text types: varchar(191) is the default String; other lengths, char and the text family are written; SET is a
-- String.
CREATE TABLE article (
    id          INT PRIMARY KEY,
    title       VARCHAR(191) NOT NULL,
    slug        VARCHAR(255) NOT NULL,
    code        CHAR(3),
    summary     TINYTEXT,
    body        TEXT,
    notes       MEDIUMTEXT,
    archive     LONGTEXT,
    flags       SET('a', 'b')
);
