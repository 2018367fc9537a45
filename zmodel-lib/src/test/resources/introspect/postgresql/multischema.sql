-- schemas: billing, public
-- Several schemas read together, a cross-schema foreign key, same table name in two schemas, an enum in
-- another schema, and a schema that is not read.
CREATE SCHEMA billing;
CREATE SCHEMA ignored;
CREATE TYPE billing.currency AS ENUM ('EUR', 'USD');
CREATE TABLE public.customer (id integer PRIMARY KEY);
CREATE TABLE billing.customer (id integer PRIMARY KEY, currency billing.currency NOT NULL DEFAULT 'EUR');
CREATE TABLE billing.invoice (
    id           integer PRIMARY KEY,
    customer_id  integer NOT NULL REFERENCES public.customer (id),
    billing_id   integer REFERENCES billing.customer (id)
);
CREATE TABLE ignored.hidden (id integer PRIMARY KEY);
CREATE TABLE public.uses_hidden (id integer PRIMARY KEY, hidden_id integer REFERENCES ignored.hidden (id));
