-- Number and boolean defaults: integers (negative, beyond 2^53), decimals keep their scale, floats are written
-- without exponent, NaN and expressions are dbgenerated, booleans.
CREATE TABLE reading (
    id          integer PRIMARY KEY,
    zero        integer DEFAULT 0,
    negative    integer DEFAULT -5,
    computed    integer DEFAULT 1 + 2,
    huge        bigint DEFAULT 9007199254740993,
    small       smallint DEFAULT 7,
    ratio       double precision DEFAULT 1.5,
    whole       double precision DEFAULT 2,
    big_float   real DEFAULT 1e10,
    tiny_float  real DEFAULT 1.5e-3,
    not_a_num   real DEFAULT 'NaN',
    price       numeric(10, 4) DEFAULT 1.5000,
    scaled      numeric(10, 2) DEFAULT 0.00,
    loose       numeric DEFAULT -1.50,
    cash        money DEFAULT 12.5,
    enabled     boolean DEFAULT true,
    disabled    boolean NOT NULL DEFAULT false
);
