-- Engines, default character sets/collations and create options other than the server's and the database's
-- defaults: ZModel cannot express them, the database keeps them (and migrate-baseline states them in the table's
-- CREATE TABLE). db pull names them in one TABLE_STORAGE warning; each also in a note on the model of its table with
-- the zenstack preset (the prisma preset writes no note, as Prisma).
CREATE TABLE legacy_customer (
    id   INT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(100) NOT NULL
) ENGINE = MyISAM DEFAULT CHARSET = latin1;

CREATE TABLE page_cache (
    id   INT PRIMARY KEY,
    path VARCHAR(191) NOT NULL
) ENGINE = MEMORY;

CREATE TABLE audit_log (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    message VARCHAR(255) NOT NULL
) ROW_FORMAT = COMPACT;

CREATE TABLE country (
    code CHAR(2) PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
