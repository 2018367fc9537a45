-- A table without a unique identifier is @@ignore'd; the other model's relation field gets @ignore.
CREATE TABLE product (
    id  INTEGER PRIMARY KEY
);
CREATE TABLE price_log (
    product_id  INTEGER NOT NULL REFERENCES product (id),
    price       DECIMAL(10, 2) NOT NULL
);
