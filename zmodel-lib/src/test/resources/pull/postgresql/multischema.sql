-- schemas: billing, public
-- Several PostgreSQL schemas: @@schema on models and enums outside the default schema, the same table name in two
-- schemas made unique, a cross-schema foreign key, and a foreign key to a schema that is not read (no relation).
CREATE SCHEMA billing;
CREATE SCHEMA hidden;
CREATE TYPE billing.currency AS ENUM ('EUR', 'USD');
CREATE TABLE public.customer (
    id  integer PRIMARY KEY
);
CREATE TABLE billing.customer (
    id        integer PRIMARY KEY,
    currency  billing.currency NOT NULL DEFAULT 'EUR'
);
CREATE TABLE billing.invoice (
    id           integer PRIMARY KEY,
    customer_id  integer NOT NULL REFERENCES public.customer (id),
    account_id   integer REFERENCES billing.customer (id)
);
CREATE TABLE hidden.secret (
    id  integer PRIMARY KEY
);
CREATE TABLE public.note (
    id         integer PRIMARY KEY,
    secret_id  integer REFERENCES hidden.secret (id)
);
