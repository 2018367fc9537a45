-- The sample database of the quick start: a small shop with a blog, in SQLite.
-- `mvn initialize` (re)creates zenstack/dev.db from this script; `mvn zenstack:db-pull` turns it into ZModel.

PRAGMA foreign_keys = ON;

CREATE TABLE user (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    email       VARCHAR(255) NOT NULL UNIQUE,
    name        TEXT,
    role        TEXT NOT NULL DEFAULT 'customer' CHECK (role IN ('customer', 'staff', 'admin')),
    created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- One profile per user: the primary key is also the foreign key (a one-to-one relation).
CREATE TABLE profile (
    user_id     INTEGER PRIMARY KEY REFERENCES user (id) ON DELETE CASCADE,
    bio         TEXT,
    avatar_url  TEXT,
    birthday    DATE
);

CREATE TABLE address (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id       INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
    line1         TEXT NOT NULL,
    line2         TEXT,
    city          TEXT NOT NULL,
    postal_code   VARCHAR(16) NOT NULL,
    country_code  CHAR(2) NOT NULL DEFAULT 'US',
    is_default    BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX address_user_id_idx ON address (user_id);

-- A category tree: each category may have a parent category.
CREATE TABLE category (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id  INTEGER REFERENCES category (id) ON DELETE SET NULL,
    name       TEXT NOT NULL,
    slug       VARCHAR(100) NOT NULL UNIQUE
);

CREATE TABLE product (
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
CREATE TABLE product_category (
    product_id   INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    category_id  INTEGER NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, category_id)
);
CREATE INDEX product_category_category_id_idx ON product_category (category_id);

CREATE TABLE tag (
    id    INTEGER PRIMARY KEY AUTOINCREMENT,
    name  VARCHAR(50) NOT NULL UNIQUE
);

-- An order points at two addresses: where to ship and whom to bill.
CREATE TABLE purchase_order (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id              INTEGER NOT NULL REFERENCES user (id),
    status               TEXT NOT NULL DEFAULT 'pending'
                         CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled')),
    shipping_address_id  INTEGER REFERENCES address (id),
    billing_address_id   INTEGER REFERENCES address (id),
    coupon_code          VARCHAR(20) REFERENCES coupon (code),
    total                DECIMAL(10, 2) NOT NULL DEFAULT 0,
    placed_at            DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX purchase_order_user_id_placed_at_idx ON purchase_order (user_id, placed_at DESC);

CREATE TABLE order_item (
    order_id    INTEGER NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    product_id  INTEGER NOT NULL REFERENCES product (id),
    quantity    INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    unit_price  DECIMAL(10, 2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

CREATE TABLE coupon (
    code         VARCHAR(20) PRIMARY KEY,
    percent_off  INTEGER NOT NULL CHECK (percent_off BETWEEN 1 AND 100),
    valid_until  DATE
);

CREATE TABLE review (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    product_id  INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body        TEXT,
    created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (product_id, user_id)
);

-- The blog.
CREATE TABLE post (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    author_id     INTEGER NOT NULL REFERENCES user (id),
    title         TEXT NOT NULL,
    slug          VARCHAR(200) NOT NULL UNIQUE,
    body          TEXT NOT NULL DEFAULT '',
    published_at  DATETIME
);

CREATE TABLE post_tag (
    post_id  INTEGER NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, tag_id)
);

-- Threaded comments: a comment may answer another comment.
CREATE TABLE comment (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id     INTEGER NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    author_id   INTEGER REFERENCES user (id) ON DELETE SET NULL,
    parent_id   INTEGER REFERENCES comment (id) ON DELETE CASCADE,
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

CREATE VIEW product_rating AS
SELECT p.id AS product_id, p.name AS product_name, COUNT(r.id) AS review_count, AVG(r.rating) AS average_rating
FROM product p LEFT JOIN review r ON r.product_id = p.id
GROUP BY p.id, p.name;

INSERT INTO user (email, name, role) VALUES
    ('ada@example.com', 'Ada', 'admin'),
    ('linus@example.com', 'Linus', 'customer');
INSERT INTO category (parent_id, name, slug) VALUES (NULL, 'Books', 'books'), (1, 'Programming', 'programming');
INSERT INTO product (sku, name, price, stock) VALUES ('BK-001', 'Structure and Interpretation', 42.00, 7);
INSERT INTO product_category (product_id, category_id) VALUES (1, 2);
INSERT INTO review (product_id, user_id, rating, body) VALUES (1, 2, 5, 'A classic.');
