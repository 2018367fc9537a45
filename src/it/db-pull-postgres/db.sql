CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');
CREATE TABLE customer (
    id         serial PRIMARY KEY,
    email      varchar(255) NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE purchase_order (
    id          bigserial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    status      order_status NOT NULL DEFAULT 'pending',
    total       numeric(10, 2) NOT NULL DEFAULT 0,
    tags        text[]
);
CREATE INDEX purchase_order_customer_idx ON purchase_order (customer_id);
CREATE TABLE tmp_import (id int PRIMARY KEY);
CREATE TABLE audit_log (at timestamptz, what text);
