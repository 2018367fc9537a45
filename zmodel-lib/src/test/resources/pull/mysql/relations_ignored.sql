-- A table without a unique identifier is @@ignore'd; the relation field on the other model gets @ignore.
CREATE TABLE product (
    id  INT PRIMARY KEY
);
CREATE TABLE price_log (
    product_id  INT NOT NULL,
    price       DECIMAL(10, 2) NOT NULL,
    CONSTRAINT price_log_product_id_fkey FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE RESTRICT ON UPDATE CASCADE
);
