-- Booleans, bytes, JSON, and types ZModel has no type for: cidr, point, tsvector and a composite type become
-- Unsupported("<type>") with a warning each. Domains (a mixed-case one too: "Name" is not the built-in type name)
-- are pulled as their base type, named in the model's note and in a DOMAIN warning.
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
