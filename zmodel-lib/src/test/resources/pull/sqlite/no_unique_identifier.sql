-- Tables without a usable identifier are @@ignore'd: no key, a unique constraint on a nullable column; a unique
-- constraint on required columns is enough.
CREATE TABLE log_entry (
    message  TEXT,
    at       DATETIME
);
CREATE TABLE maybe_unique (
    code  TEXT UNIQUE,
    name  TEXT
);
CREATE TABLE keyed_by_unique (
    tenant  INTEGER NOT NULL,
    code    TEXT NOT NULL,
    UNIQUE (tenant, code)
);
