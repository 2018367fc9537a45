-- Partial indexes and indexes on expressions cannot be written in ZModel: they are left out of the model, named
-- in a note and a warning (a unique expression index is no identifier).
CREATE TABLE customer (
    id       integer PRIMARY KEY,
    email    text NOT NULL,
    active   boolean NOT NULL,
    tenant   integer NOT NULL
);
CREATE UNIQUE INDEX customer_lower_email_idx ON customer (lower(email));
CREATE INDEX customer_active_idx ON customer (tenant) WHERE active;
CREATE UNIQUE INDEX customer_tenant_email_active ON customer (tenant, email) WHERE active;
CREATE INDEX customer_mixed_idx ON customer (tenant, lower(email));
