-- A small shop on MariaDB before adoption: SET and unsigned columns (DECIMAL UNSIGNED too), ON UPDATE, a column
-- collation, a generated column, a check, a trigger and a view; and its storage: a sequence drawn by a column default,
-- a latin1 table from an older system (one column in utf8mb4), Aria and MyISAM tables, a table partitioned by year and
-- a nightly event; with data.
CREATE SEQUENCE invoice_no START WITH 5000 INCREMENT BY 1;
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
CREATE TABLE invoice (
    id     INT AUTO_INCREMENT PRIMARY KEY,
    number BIGINT NOT NULL DEFAULT nextval(invoice_no),
    issued DATE NOT NULL
);
CREATE TABLE legacy_note (
    id     INT AUTO_INCREMENT PRIMARY KEY,
    body   VARCHAR(500) NOT NULL,
    author VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL
) DEFAULT CHARSET=latin1 COMMENT='Notes imported from the old shop';
CREATE TABLE page_view (
    id   INT AUTO_INCREMENT PRIMARY KEY,
    path VARCHAR(200) NOT NULL
) ENGINE=Aria;
CREATE TABLE search_cache (
    term VARCHAR(100) PRIMARY KEY,
    hits INT NOT NULL DEFAULT 0
) ENGINE=MyISAM;
CREATE TABLE sale_archive (
    id      INT NOT NULL AUTO_INCREMENT,
    sold_on DATE NOT NULL,
    amount  DECIMAL(10, 2) NOT NULL,
    PRIMARY KEY (id, sold_on)
) PARTITION BY RANGE (YEAR(sold_on)) (
    PARTITION p2024 VALUES LESS THAN (2025),
    PARTITION p2025 VALUES LESS THAN (2026),
    PARTITION pmax VALUES LESS THAN MAXVALUE
);
CREATE EVENT purge_page_views ON SCHEDULE EVERY 1 DAY STARTS '2025-01-01 03:00:00' ON COMPLETION PRESERVE DISABLE
    COMMENT 'Nightly clean-up' DO DELETE FROM page_view WHERE path LIKE '/tmp/%';
CREATE TRIGGER purchase_audit AFTER INSERT ON purchase FOR EACH ROW
    INSERT INTO audit_log (what) VALUES (CONCAT('purchase ', NEW.id));
CREATE VIEW customer_totals AS
    SELECT c.id, c.email, SUM(p.total) AS spent FROM customer c LEFT JOIN purchase p ON p.customer_id = c.id
    GROUP BY c.id, c.email;
INSERT INTO customer (email, name, interests, balance) VALUES ('ada@example.com', 'Ada', 'books,music', 12.50);
INSERT INTO purchase (customer_id, quantity, unit_price) VALUES (1, 2, 60);
INSERT INTO invoice (issued) VALUES ('2026-01-15');
INSERT INTO legacy_note (body, author) VALUES ('Café au lait', 'Zoë');
INSERT INTO sale_archive (sold_on, amount) VALUES ('2024-05-01', 10), ('2025-05-01', 20), ('2026-05-01', 30);
