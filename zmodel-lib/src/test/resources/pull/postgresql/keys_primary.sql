-- Primary keys: single column (@id) and composite (@@id), map: only when the constraint name is not {table}_pkey
-- (truncated to 63 bytes).
CREATE TABLE plain (
    id  integer PRIMARY KEY
);
CREATE TABLE named (
    id  integer CONSTRAINT named_primary PRIMARY KEY
);
CREATE TABLE composite (
    a  integer NOT NULL,
    b  text NOT NULL,
    PRIMARY KEY (b, a)
);
CREATE TABLE composite_named (
    a  integer NOT NULL,
    b  integer NOT NULL,
    CONSTRAINT composite_named_key_pk PRIMARY KEY (a, b)
);
CREATE TABLE "table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijklm" (
    id  integer PRIMARY KEY
);
