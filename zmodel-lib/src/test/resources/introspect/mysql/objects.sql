-- Views, CHECK constraints (named, column level, table level) next to the JSON checks MariaDB adds (which are
-- not reported), table comments.
CREATE TABLE product (
    id     INT PRIMARY KEY,
    name   VARCHAR(100) NOT NULL CHECK (CHAR_LENGTH(name) > 0),
    price  DECIMAL(8, 2) NOT NULL,
    attrs  JSON,
    notes  LONGTEXT CHECK (json_valid(notes) OR notes = ''),
    CONSTRAINT price_positive CHECK (price > 0)
) COMMENT 'Things we sell';
CREATE VIEW cheap_product AS SELECT id, name FROM product WHERE price < 10;
