-- A table without a unique identifier is @@ignore'd; relation fields between it and other models get @ignore on
-- the side of the other model.
CREATE TABLE product (
    id    integer PRIMARY KEY,
    name  text NOT NULL
);
CREATE TABLE price_log (
    product_id  integer NOT NULL REFERENCES product (id),
    price       numeric(10, 2) NOT NULL,
    logged_at   timestamp(3) NOT NULL
);
CREATE TABLE audit (
    id          integer,
    product_id  integer REFERENCES product (id)
);
