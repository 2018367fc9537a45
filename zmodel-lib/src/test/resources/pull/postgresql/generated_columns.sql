-- Generated columns are Unsupported("<type> GENERATED ALWAYS AS (<expr>) STORED"): clients cannot write them and
-- migrations can recreate them exactly.
CREATE TABLE box (
    id      integer PRIMARY KEY,
    width   numeric(8, 2) NOT NULL,
    height  numeric(8, 2) NOT NULL,
    area    numeric GENERATED ALWAYS AS (width * height) STORED,
    label   text GENERATED ALWAYS AS ('box ' || id::text) STORED
);
