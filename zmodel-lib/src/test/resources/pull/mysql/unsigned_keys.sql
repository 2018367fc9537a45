-- Unsigned keys and foreign keys keep their native types on both sides.
CREATE TABLE category (
    id  INT UNSIGNED AUTO_INCREMENT PRIMARY KEY
);
CREATE TABLE product (
    id           BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    category_id  INT UNSIGNED,
    CONSTRAINT product_category_id_fkey FOREIGN KEY (category_id) REFERENCES category (id) ON DELETE SET NULL ON UPDATE CASCADE
);
