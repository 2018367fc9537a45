-- Numeric types: default native types (integer, bigint, double precision, numeric(65,30)) are not written; the
-- others are, with precision and scale kept.
CREATE TABLE measure (
    id          integer PRIMARY KEY,
    small       smallint NOT NULL,
    regular     integer,
    big         bigint,
    object_id   oid,
    real_num    real,
    double_num  double precision,
    dec_plain   numeric,
    dec_10_2    numeric(10, 2),
    dec_5       numeric(5),
    dec_default numeric(65, 30),
    price       money
);
