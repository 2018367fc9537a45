-- Unlogged tables, table and index storage options and the INCLUDE columns of covering indexes: ZModel cannot
-- express them, the database keeps them (and migrate-baseline carries them). db pull names them in one warning per
-- kind (TABLE_STORAGE, INDEX_STORAGE, COVERING_INDEX); each also in a note on the model of its table with the
-- zenstack preset (Prisma says nothing about them: the prisma preset writes no note). The model's index has the key
-- columns; an index with storage options is in the model like any other.
CREATE TABLE customer (
    id         serial PRIMARY KEY,
    email      text NOT NULL,
    name       text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
) WITH (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.05);

CREATE UNIQUE INDEX customer_email_key ON customer (email) INCLUDE (name);
CREATE INDEX customer_created_idx ON customer (created_at DESC) INCLUDE (name, email) WITH (fillfactor = 90);
CREATE INDEX customer_name_idx ON customer (name) WITH (fillfactor = 70, deduplicate_items = off);
ALTER INDEX customer_pkey SET (fillfactor = 95);

CREATE UNLOGGED TABLE session_cache (
    token       text PRIMARY KEY,
    customer_id integer NOT NULL,
    expires_at  timestamptz NOT NULL
) WITH (toast.autovacuum_enabled = false);

CREATE TABLE country (
    code char(2) PRIMARY KEY,
    name text NOT NULL
);
CREATE INDEX country_name_idx ON country (name) WITH (fillfactor = 70);
