-- Booleans, bytes, JSON, and types ZModel has no type for: cidr, point, tsvector, a domain and a composite type
-- become Unsupported("<type>") with a warning each.
CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
CREATE TYPE address AS (street text, city text);
CREATE TABLE thing (
    id        integer PRIMARY KEY,
    active    boolean NOT NULL,
    payload   bytea,
    doc       json,
    docb      jsonb,
    network   cidr,
    location  point,
    search    tsvector,
    quantity  positive_int,
    home      address
);
