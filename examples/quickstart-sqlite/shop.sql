-- The sample database of the quick start: a small shop with a blog, in SQLite.
-- `mvn initialize` (re)creates zenstack/dev.db from this script; `mvn zenstack:db-pull` turns it into ZModel.

PRAGMA foreign_keys = ON;

CREATE TABLE users (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    email       VARCHAR(255) NOT NULL UNIQUE,
    name        TEXT,
    role        TEXT NOT NULL DEFAULT 'customer' CHECK (role IN ('customer', 'staff', 'admin')),
    created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- One profile per user: the primary key is also the foreign key (a one-to-one relation).
CREATE TABLE profiles (
    user_id     INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    bio         TEXT,
    avatar_url  TEXT,
    birthday    DATE
);

CREATE TABLE addresses (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    line1         TEXT NOT NULL,
    line2         TEXT,
    city          TEXT NOT NULL,
    postal_code   VARCHAR(16) NOT NULL,
    country_code  CHAR(2) NOT NULL DEFAULT 'US',
    is_default    BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX addresses_user_id_idx ON addresses (user_id);

-- A category tree: each category may have a parent category.
CREATE TABLE categories (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id  INTEGER REFERENCES categories (id) ON DELETE SET NULL,
    name       TEXT NOT NULL,
    slug       VARCHAR(100) NOT NULL UNIQUE
);

CREATE TABLE products (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    sku          VARCHAR(32) NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    description  TEXT,
    price        DECIMAL(10, 2) NOT NULL,
    stock        INTEGER NOT NULL DEFAULT 0,
    active       BOOLEAN NOT NULL DEFAULT 1,
    created_at   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Many-to-many between products and categories.
CREATE TABLE product_categories (
    product_id   INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    category_id  INTEGER NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, category_id)
);
CREATE INDEX product_categories_category_id_idx ON product_categories (category_id);

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY AUTOINCREMENT,
    name  VARCHAR(50) NOT NULL UNIQUE
);

-- Orders point at addresses twice: where to ship and whom to bill.
CREATE TABLE orders (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id              INTEGER NOT NULL REFERENCES users (id),
    status               TEXT NOT NULL DEFAULT 'pending'
                         CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled')),
    shipping_address_id  INTEGER REFERENCES addresses (id),
    billing_address_id   INTEGER REFERENCES addresses (id),
    coupon_code          VARCHAR(20) REFERENCES coupons (code),
    total                DECIMAL(10, 2) NOT NULL DEFAULT 0,
    placed_at            DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX orders_user_id_placed_at_idx ON orders (user_id, placed_at DESC);

CREATE TABLE order_items (
    order_id    INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id  INTEGER NOT NULL REFERENCES products (id),
    quantity    INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    unit_price  DECIMAL(10, 2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

CREATE TABLE coupons (
    code         VARCHAR(20) PRIMARY KEY,
    percent_off  INTEGER NOT NULL CHECK (percent_off BETWEEN 1 AND 100),
    valid_until  DATE
);

CREATE TABLE reviews (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    product_id  INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body        TEXT,
    created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (product_id, user_id)
);

-- The blog.
CREATE TABLE posts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    author_id     INTEGER NOT NULL REFERENCES users (id),
    title         TEXT NOT NULL,
    slug          VARCHAR(200) NOT NULL UNIQUE,
    body          TEXT NOT NULL DEFAULT '',
    published_at  DATETIME
);

CREATE TABLE post_tags (
    post_id  INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, tag_id)
);

-- Threaded comments: a comment may answer another comment.
CREATE TABLE comments (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id     INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    author_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    parent_id   INTEGER REFERENCES comments (id) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- An append-only log without a primary key.
CREATE TABLE audit_log (
    at       DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    actor    INTEGER,
    action   TEXT NOT NULL,
    payload  JSON
);

CREATE VIEW product_ratings AS
SELECT p.id AS product_id, p.name AS product_name, COUNT(r.id) AS review_count, AVG(r.rating) AS average_rating
FROM products p LEFT JOIN reviews r ON r.product_id = p.id
GROUP BY p.id, p.name;

INSERT INTO users (email, name, role) VALUES
    ('ada@example.com', 'Ada', 'admin'),
    ('linus@example.com', 'Linus', 'customer');
INSERT INTO categories (parent_id, name, slug) VALUES (NULL, 'Books', 'books'), (1, 'Programming', 'programming');
INSERT INTO products (sku, name, price, stock) VALUES ('BK-001', 'Structure and Interpretation', 42.00, 7);
INSERT INTO product_categories (product_id, category_id) VALUES (1, 2);
INSERT INTO reviews (product_id, user_id, rating, body) VALUES (1, 2, 5, 'A classic.');
