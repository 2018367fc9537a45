-- Declared types (base words, sizes, precision/scale, no type), nullability, defaults as written, rowid
-- aliases with and without AUTOINCREMENT, generated columns (virtual and stored).
CREATE TABLE all_types (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    small       SMALLINT NOT NULL DEFAULT 0,
    big         UNSIGNED BIG INT,
    name        VARCHAR(255) NOT NULL DEFAULT 'it''s',
    code        NCHAR(3),
    price       DECIMAL(10, 2) DEFAULT 0.00,
    amount      NUMERIC,
    ratio       REAL DEFAULT 1.5,
    flag        BOOLEAN NOT NULL DEFAULT 1,
    body        TEXT DEFAULT NULL,
    data        BLOB,
    created     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    stamp       TEXT DEFAULT (datetime('now')),
    doc         JSON,
    untyped,
    spaced      DOUBLE   PRECISION,
    width       INT NOT NULL,
    height      INT NOT NULL,
    area        INT GENERATED ALWAYS AS (width * height) VIRTUAL,
    volume      INT AS (width * height * 2) STORED
);
CREATE TABLE rowid_plain (id INTEGER PRIMARY KEY, label TEXT);
CREATE TABLE rowid_lower ("id" integer primary key, label TEXT);
CREATE TABLE not_rowid_int (id INT PRIMARY KEY, label TEXT);
CREATE TABLE not_rowid_desc (id INTEGER PRIMARY KEY DESC, label TEXT);
CREATE TABLE bigint_key (id BIGINT NOT NULL PRIMARY KEY);
