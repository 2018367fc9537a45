-- Prisma's rule: a single-column primary key declared exactly INTEGER is autoincrement() (also INTEGER PRIMARY
-- KEY DESC, which is no rowid alias); INT, BIGINT and composite keys are not. SQLite lets non-rowid key columns be
-- NULL; an @id is always required.
CREATE TABLE rowid_plain (id INTEGER PRIMARY KEY, label TEXT);
CREATE TABLE rowid_auto (id INTEGER PRIMARY KEY AUTOINCREMENT, label TEXT);
CREATE TABLE rowid_lower ("id" integer primary key, label TEXT);
CREATE TABLE not_rowid_desc (id INTEGER PRIMARY KEY DESC, label TEXT);
CREATE TABLE int_key (id INT PRIMARY KEY, label TEXT);
CREATE TABLE bigint_key (id BIGINT NOT NULL PRIMARY KEY);
CREATE TABLE text_key (code TEXT NOT NULL PRIMARY KEY);
CREATE TABLE pair (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a, b));
