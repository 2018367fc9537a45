-- Booleans, bytes, JSON, and types ZModel has no type for: cidr, point, tsvector, a domain and a composite type
-- become Unsupported("<type>") with a warning each. A mixed-case domain keeps its quotes in the zenstack preset
-- ("Name" is not the built-in type name).
CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
CREATE DOMAIN "Name" AS varchar(80);
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
    home      address,
    label     "Name"
);
