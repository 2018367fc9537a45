-- Enums (value order by enumsortorder), views and materialized views, CHECK and EXCLUDE constraints,
-- comments, partitioned tables and partitions, inheritance, row-level security.
CREATE TYPE status AS ENUM ('active', 'retired');
ALTER TYPE status ADD VALUE 'pending' BEFORE 'active';
CREATE TYPE empty_enum AS ENUM ();
COMMENT ON TYPE status IS 'Lifecycle';

CREATE TABLE product (
    id      integer PRIMARY KEY,
    name    text NOT NULL,
    price   numeric(8, 2) NOT NULL CONSTRAINT price_positive CHECK (price > 0),
    status  status NOT NULL DEFAULT 'pending',
    CHECK (length(name) < 100)
);
COMMENT ON TABLE product IS 'Things we sell';
COMMENT ON COLUMN product.price IS 'In EUR';

CREATE TABLE booking (
    id      integer PRIMARY KEY,
    room    integer NOT NULL,
    during  tsrange NOT NULL,
    CONSTRAINT booking_no_overlap EXCLUDE USING gist (during WITH &&)
);

CREATE VIEW cheap_product AS SELECT id, name FROM product WHERE price < 10;
COMMENT ON VIEW cheap_product IS 'Under ten';
CREATE MATERIALIZED VIEW product_count AS SELECT status, count(*) AS n FROM product GROUP BY status;

CREATE TABLE measurement (
    city_id  integer NOT NULL,
    logdate  date NOT NULL,
    peak     integer
) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_2025 PARTITION OF measurement FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE TABLE city (
    id    integer PRIMARY KEY,
    name  text NOT NULL
);
CREATE TABLE capital (
    state  char(2) NOT NULL
) INHERITS (city);

CREATE TABLE secret (
    id     integer PRIMARY KEY,
    owner  text NOT NULL
);
ALTER TABLE secret ENABLE ROW LEVEL SECURITY;
