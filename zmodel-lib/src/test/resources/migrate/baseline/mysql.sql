-- A shop database as a team has it before adopting zenstack (MySQL/MariaDB): a dozen tables with data, inline enums,
-- checks, a prefix and a full-text index, a generated column, ON UPDATE, comments, views (one on another), a stored
-- function, triggers. The stored procedure is created by the test (its BEGIN … END body has semicolons).
CREATE TABLE customers (
    id         INT AUTO_INCREMENT PRIMARY KEY,
    email      VARCHAR(255) NOT NULL UNIQUE,
    full_name  VARCHAR(200) NOT NULL COMMENT 'As printed on invoices',
    role       ENUM('customer', 'staff', 'admin') NOT NULL DEFAULT 'customer',
    created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    CONSTRAINT customers_email_check CHECK (LOCATE('@', email) > 1)
) COMMENT 'People who buy';
CREATE TABLE addresses (
    id          INT AUTO_INCREMENT PRIMARY KEY,
    customer_id INT NOT NULL,
    line1       VARCHAR(200) NOT NULL,
    city        VARCHAR(100) NOT NULL,
    country     CHAR(2) NOT NULL DEFAULT 'DE',
    is_default  TINYINT(1) NOT NULL DEFAULT 0,
    CONSTRAINT addresses_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
CREATE TABLE categories (
    id        INT AUTO_INCREMENT PRIMARY KEY,
    parent_id INT NULL,
    name      VARCHAR(100) NOT NULL UNIQUE,
    slug      VARCHAR(100) NOT NULL,
    INDEX categories_slug_prefix (slug(10)),
    CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES categories (id)
);
CREATE TABLE products (
    id             INT AUTO_INCREMENT PRIMARY KEY,
    category_id    INT NOT NULL,
    sku            VARCHAR(32) NOT NULL UNIQUE,
    name           VARCHAR(200) NOT NULL,
    price          DECIMAL(10, 2) NOT NULL CHECK (price >= 0),
    price_with_tax DECIMAL(12, 2) AS (price * 1.19) STORED,
    attributes     JSON,
    FULLTEXT INDEX products_name_ft (name),
    CONSTRAINT products_category_id_fkey FOREIGN KEY (category_id) REFERENCES categories (id)
);
CREATE TABLE inventory (
    product_id INT PRIMARY KEY,
    quantity   INT NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT inventory_product_id_fkey FOREIGN KEY (product_id) REFERENCES products (id)
);
CREATE TABLE orders (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id         INT NOT NULL,
    status              ENUM('pending', 'paid', 'shipped', 'cancelled') NOT NULL DEFAULT 'pending',
    placed_at           DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    shipping_address_id INT NULL,
    note                TEXT,
    INDEX orders_placed_at_idx (placed_at),
    CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT orders_shipping_address_id_fkey FOREIGN KEY (shipping_address_id) REFERENCES addresses (id)
        ON DELETE SET NULL
);
CREATE TABLE order_items (
    order_id   BIGINT NOT NULL,
    product_id INT NOT NULL,
    quantity   INT NOT NULL CHECK (quantity > 0),
    unit_price DECIMAL(10, 2) NOT NULL,
    PRIMARY KEY (order_id, product_id),
    CONSTRAINT order_items_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT order_items_product_id_fkey FOREIGN KEY (product_id) REFERENCES products (id)
);
CREATE TABLE payments (
    id       CHAR(36) PRIMARY KEY,
    order_id BIGINT NOT NULL,
    amount   DECIMAL(10, 2) NOT NULL,
    paid_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    method   VARCHAR(20) NOT NULL,
    CONSTRAINT payments_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id)
);
CREATE TABLE shipments (
    id         INT AUTO_INCREMENT PRIMARY KEY,
    order_id   BIGINT NOT NULL UNIQUE,
    carrier    VARCHAR(50),
    tracking   VARCHAR(100),
    shipped_at DATETIME(3),
    CONSTRAINT shipments_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id)
);
CREATE TABLE reviews (
    id          INT AUTO_INCREMENT PRIMARY KEY,
    product_id  INT NOT NULL,
    customer_id INT NOT NULL,
    rating      SMALLINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body        TEXT,
    created_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    UNIQUE KEY reviews_product_id_customer_id_key (product_id, customer_id),
    INDEX reviews_customer_id_idx (customer_id),
    CONSTRAINT reviews_product_id_fkey FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT reviews_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id)
);
CREATE TABLE coupons (
    code        VARCHAR(20) PRIMARY KEY,
    percent_off INT NOT NULL,
    valid_until DATE
);
CREATE TABLE audit_log (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    table_name VARCHAR(64) NOT NULL,
    row_id     VARCHAR(64) NOT NULL,
    action     VARCHAR(16) NOT NULL,
    at         DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
);

CREATE FUNCTION order_total(o BIGINT) RETURNS DECIMAL(12, 2) READS SQL DATA
    RETURN (SELECT COALESCE(SUM(quantity * unit_price), 0) FROM order_items WHERE order_id = o);
CREATE VIEW order_totals AS
    SELECT o.id, o.customer_id, o.status, order_total(o.id) AS total FROM orders o;
CREATE VIEW big_spenders AS
    SELECT customer_id, SUM(total) AS spent FROM order_totals GROUP BY customer_id HAVING SUM(total) > 100;
CREATE TRIGGER orders_audit AFTER INSERT ON orders FOR EACH ROW
    INSERT INTO audit_log (table_name, row_id, action) VALUES ('orders', NEW.id, 'INSERT');
CREATE TRIGGER inventory_floor BEFORE UPDATE ON inventory FOR EACH ROW
BEGIN
    SET NEW.quantity = GREATEST(NEW.quantity, 0);
    SET NEW.updated_at = CURRENT_TIMESTAMP(3);
END;

INSERT INTO customers (email, full_name, role) VALUES
    ('ada@example.com', 'Ada Lovelace', 'admin'), ('alan@example.com', 'Alan Turing', 'customer');
INSERT INTO addresses (customer_id, line1, city, is_default) VALUES (1, 'St James''s Square 12', 'London', 1);
INSERT INTO categories (name, slug) VALUES ('Books', 'books');
INSERT INTO products (category_id, sku, name, price) VALUES (1, 'B-1', 'Notes on the Analytical Engine', 120);
INSERT INTO inventory (product_id, quantity) VALUES (1, 3);
INSERT INTO orders (customer_id, status, shipping_address_id) VALUES (1, 'paid', 1);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (1, 1, 1, 120);
INSERT INTO payments (id, order_id, amount, method) VALUES ('p-1', 1, 120, 'card');
INSERT INTO reviews (product_id, customer_id, rating, body) VALUES (1, 2, 5, 'Visionary');
INSERT INTO coupons (code, percent_off) VALUES ('WELCOME', 10);
