-- A small shop on MariaDB before adoption: SET and unsigned columns (DECIMAL UNSIGNED too), ON UPDATE, a column
-- collation, a generated column, a check, a trigger and a view, with data.
CREATE TABLE customer (
    id         INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    email      VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    name       VARCHAR(100) NOT NULL,
    interests  SET('books', 'music', 'games') NOT NULL DEFAULT '',
    balance    DECIMAL(10, 2) UNSIGNED NOT NULL DEFAULT 0,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    CONSTRAINT customer_email_key UNIQUE (email)
);
CREATE TABLE purchase (
    id          BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    customer_id INT UNSIGNED NOT NULL,
    quantity    SMALLINT UNSIGNED NOT NULL,
    unit_price  DECIMAL(10, 2) NOT NULL,
    total       DECIMAL(12, 2) AS (quantity * unit_price) STORED,
    CONSTRAINT purchase_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE,
    CONSTRAINT purchase_quantity_positive CHECK (quantity > 0)
);
CREATE TABLE audit_log (
    id   INT AUTO_INCREMENT PRIMARY KEY,
    what VARCHAR(200) NOT NULL,
    at   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TRIGGER purchase_audit AFTER INSERT ON purchase FOR EACH ROW
    INSERT INTO audit_log (what) VALUES (CONCAT('purchase ', NEW.id));
CREATE VIEW customer_totals AS
    SELECT c.id, c.email, SUM(p.total) AS spent FROM customer c LEFT JOIN purchase p ON p.customer_id = c.id
    GROUP BY c.id, c.email;
INSERT INTO customer (email, name, interests, balance) VALUES ('ada@example.com', 'Ada', 'books,music', 12.50);
INSERT INTO purchase (customer_id, quantity, unit_price) VALUES (1, 2, 60);
