-- Partial and expression indexes cannot be written: left out, with a note and a warning.
CREATE TABLE customer (
    id      INTEGER PRIMARY KEY,
    email   TEXT NOT NULL,
    active  BOOLEAN NOT NULL,
    tenant  INTEGER NOT NULL
);
CREATE UNIQUE INDEX customer_lower_email_idx ON customer (lower(email));
CREATE INDEX customer_active_idx ON customer (tenant) WHERE active;
CREATE INDEX customer_mixed_idx ON customer (tenant, lower(email) DESC);
