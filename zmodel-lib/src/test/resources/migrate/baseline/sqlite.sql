-- A shop database as a team has it before adopting zenstack (SQLite): a dozen tables with data, checks, partial and
-- expression indexes, a generated column, a WITHOUT ROWID table, a BIGINT key referencing an INTEGER PRIMARY KEY,
-- views (one on another) and triggers.
CREATE TABLE customers (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    email      TEXT NOT NULL UNIQUE,
    full_name  TEXT NOT NULL,
    role       TEXT NOT NULL DEFAULT 'customer' CHECK (role IN ('customer', 'staff', 'admin')),
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE addresses (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    line1       TEXT NOT NULL,
    city        TEXT NOT NULL,
    country     TEXT NOT NULL DEFAULT 'DE',
    is_default  INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX addresses_one_default ON addresses (customer_id) WHERE is_default = 1;
CREATE TABLE categories (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories (id),
    name      TEXT NOT NULL UNIQUE,
    slug      TEXT NOT NULL
);
CREATE INDEX categories_lower_slug ON categories (lower(slug));
CREATE TABLE products (
    id             INTEGER PRIMARY KEY,
    category_id    INTEGER NOT NULL REFERENCES categories (id),
    sku            TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    price          NUMERIC NOT NULL CHECK (price >= 0),
    price_with_tax NUMERIC GENERATED ALWAYS AS (price * 1.19) STORED,
    attributes     TEXT
);
CREATE TABLE inventory (
    product_id INTEGER PRIMARY KEY REFERENCES products (id),
    quantity   INTEGER NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE orders (
    id                  INTEGER PRIMARY KEY,
    customer_id         INTEGER NOT NULL REFERENCES customers (id),
    status              TEXT NOT NULL DEFAULT 'pending',
    placed_at           TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    shipping_address_id INTEGER REFERENCES addresses (id) ON DELETE SET NULL,
    note                TEXT
);
CREATE INDEX orders_open ON orders (placed_at) WHERE status IN ('pending', 'paid');
CREATE TABLE order_items (
    order_id   INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products (id),
    quantity   INTEGER NOT NULL CHECK (quantity > 0),
    unit_price NUMERIC NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
CREATE TABLE payments (
    id       TEXT NOT NULL PRIMARY KEY,
    order_id BIGINT NOT NULL REFERENCES orders (id),
    amount   NUMERIC NOT NULL,
    paid_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    method   TEXT NOT NULL
);
CREATE TABLE shipments (
    id         INTEGER PRIMARY KEY,
    order_id   INTEGER NOT NULL UNIQUE REFERENCES orders (id),
    carrier    TEXT,
    tracking   TEXT,
    shipped_at TEXT
);
CREATE TABLE reviews (
    id          INTEGER PRIMARY KEY,
    product_id  INTEGER NOT NULL REFERENCES products (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body        TEXT,
    created_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (product_id, customer_id)
);
CREATE TABLE coupons (
    code        TEXT NOT NULL PRIMARY KEY,
    percent_off INTEGER NOT NULL,
    valid_until TEXT
) WITHOUT ROWID;
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    action     TEXT NOT NULL,
    at         TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE VIEW order_totals AS
    SELECT o.id, o.customer_id, o.status,
           (SELECT coalesce(sum(i.quantity * i.unit_price), 0) FROM order_items i WHERE i.order_id = o.id) AS total
    FROM orders o;
CREATE VIEW big_spenders AS
    SELECT customer_id, sum(total) AS spent FROM order_totals GROUP BY customer_id HAVING sum(total) > 100;
CREATE TRIGGER customers_touch AFTER UPDATE ON customers FOR EACH ROW WHEN NEW.updated_at = OLD.updated_at
BEGIN
    UPDATE customers SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;
CREATE TRIGGER orders_audit AFTER INSERT ON orders
BEGIN
    INSERT INTO audit_log (table_name, row_id, action) VALUES ('orders', NEW.id, 'INSERT');
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
