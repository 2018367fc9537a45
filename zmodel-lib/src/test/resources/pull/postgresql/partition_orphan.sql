-- exclude: measurement
-- A partition whose partitioned table is not read (excluded): not a model either, and a warning says so.
CREATE TABLE measurement (
    city_id  integer NOT NULL,
    logdate  date NOT NULL
) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_2025 PARTITION OF measurement FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE city (
    id  integer PRIMARY KEY
);
