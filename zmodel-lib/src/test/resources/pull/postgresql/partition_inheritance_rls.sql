-- A partitioned table (its partitions are not models), inheritance (parent and child) and row-level security:
-- Prisma's notes, naming the objects, and warnings.
CREATE TABLE measurement (
    city_id  integer NOT NULL,
    logdate  date NOT NULL,
    peak     integer,
    PRIMARY KEY (city_id, logdate)
) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_2025 PARTITION OF measurement FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measurement_2026 PARTITION OF measurement FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
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
