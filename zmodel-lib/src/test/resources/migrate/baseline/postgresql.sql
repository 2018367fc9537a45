-- A shop database as a team has it before adopting zenstack: a dozen tables with data, enums, checks, partial and
-- expression indexes, a generated and an identity column, comments, an extension, views (one on another), a
-- materialized view with an index, a standalone sequence, functions and triggers.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');
CREATE TYPE user_role AS ENUM ('customer', 'staff', 'admin');
COMMENT ON TYPE order_status IS 'Lifecycle of an order';
CREATE SEQUENCE ticket_number_seq AS integer START WITH 1000 INCREMENT BY 10;

CREATE TABLE customers (
    id         serial PRIMARY KEY,
    email      varchar(255) NOT NULL UNIQUE,
    full_name  text NOT NULL,
    role       user_role NOT NULL DEFAULT 'customer',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT customers_email_check CHECK (position('@' in email) > 1)
);
COMMENT ON TABLE customers IS 'People who buy';
COMMENT ON COLUMN customers.full_name IS 'As printed on invoices';

CREATE TABLE addresses (
    id          serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    line1       text NOT NULL,
    city        varchar(100) NOT NULL,
    country     char(2) NOT NULL DEFAULT 'DE',
    is_default  boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX addresses_one_default ON addresses (customer_id) WHERE is_default;

CREATE TABLE categories (
    id        serial PRIMARY KEY,
    parent_id integer REFERENCES categories (id),
    name      varchar(100) NOT NULL UNIQUE,
    slug      varchar(100) NOT NULL
);
CREATE INDEX categories_lower_slug ON categories (lower(slug));

CREATE TABLE products (
    id             serial PRIMARY KEY,
    category_id    integer NOT NULL REFERENCES categories (id),
    sku            varchar(32) NOT NULL UNIQUE,
    name           text NOT NULL,
    price          numeric(10, 2) NOT NULL CHECK (price >= 0),
    price_with_tax numeric(12, 2) GENERATED ALWAYS AS (price * 1.19) STORED,
    tags           text[] NOT NULL DEFAULT '{}',
    attributes     jsonb
);
CREATE INDEX products_name_trgm ON products USING gin (name gin_trgm_ops);

CREATE TABLE inventory (
    product_id integer PRIMARY KEY REFERENCES products (id),
    quantity   integer NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id                  bigserial PRIMARY KEY,
    customer_id         integer NOT NULL REFERENCES customers (id),
    status              order_status NOT NULL DEFAULT 'pending',
    placed_at           timestamptz NOT NULL DEFAULT now(),
    shipping_address_id integer REFERENCES addresses (id) ON DELETE SET NULL,
    note                text
);
CREATE INDEX orders_open ON orders (placed_at) WHERE status IN ('pending', 'paid');

CREATE TABLE order_items (
    order_id   bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id integer NOT NULL REFERENCES products (id),
    quantity   integer NOT NULL CHECK (quantity > 0),
    unit_price numeric(10, 2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

CREATE TABLE payments (
    id       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id bigint NOT NULL REFERENCES orders (id),
    amount   numeric(10, 2) NOT NULL,
    paid_at  timestamptz NOT NULL DEFAULT now(),
    method   varchar(20) NOT NULL
);

CREATE TABLE shipments (
    id         serial PRIMARY KEY,
    order_id   bigint NOT NULL UNIQUE REFERENCES orders (id),
    carrier    varchar(50),
    tracking   varchar(100),
    shipped_at timestamptz
);

CREATE TABLE reviews (
    id          serial PRIMARY KEY,
    product_id  integer NOT NULL REFERENCES products (id),
    customer_id integer NOT NULL REFERENCES customers (id),
    rating      smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body        text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (product_id, customer_id)
);

CREATE TABLE coupons (
    code        varchar(20) PRIMARY KEY,
    percent_off integer NOT NULL,
    valid_until date
);

CREATE TABLE audit_log (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name text NOT NULL,
    row_id     text NOT NULL,
    action     text NOT NULL,
    at         timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION touch_updated_at() IS 'Sets updated_at on every update';
CREATE TRIGGER customers_touch BEFORE UPDATE ON customers FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER inventory_touch BEFORE UPDATE ON inventory FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_log (table_name, row_id, action) VALUES (TG_TABLE_NAME, NEW.id::text, TG_OP);
    RETURN NEW;
END
$$;
CREATE TRIGGER orders_audit AFTER INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit();
COMMENT ON TRIGGER orders_audit ON orders IS 'Every change of an order is logged';

CREATE FUNCTION order_total(o bigint) RETURNS numeric LANGUAGE sql STABLE AS $$
    SELECT coalesce(sum(quantity * unit_price), 0) FROM order_items WHERE order_id = o
$$;
CREATE FUNCTION next_ticket() RETURNS integer LANGUAGE sql AS $$ SELECT nextval('ticket_number_seq')::integer $$;

CREATE VIEW order_totals AS
    SELECT o.id, o.customer_id, o.status, order_total(o.id) AS total FROM orders o;
COMMENT ON VIEW order_totals IS 'One row per order';
CREATE VIEW big_spenders AS
    SELECT customer_id, sum(total) AS spent FROM order_totals GROUP BY customer_id HAVING sum(total) > 100;
CREATE MATERIALIZED VIEW product_ratings AS
    SELECT product_id, avg(rating) AS rating, count(*) AS reviews FROM reviews GROUP BY product_id;
CREATE UNIQUE INDEX product_ratings_product ON product_ratings (product_id);

INSERT INTO customers (email, full_name, role) VALUES
    ('ada@example.com', 'Ada Lovelace', 'admin'), ('alan@example.com', 'Alan Turing', 'customer');
INSERT INTO addresses (customer_id, line1, city, is_default) VALUES (1, 'St James''s Square 12', 'London', true);
INSERT INTO categories (name, slug) VALUES ('Books', 'books');
INSERT INTO products (category_id, sku, name, price, tags) VALUES (1, 'B-1', 'Notes on the Analytical Engine', 120, '{rare}');
INSERT INTO inventory (product_id, quantity) VALUES (1, 3);
INSERT INTO orders (customer_id, status, shipping_address_id) VALUES (1, 'paid', 1);
INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES (1, 1, 1, 120);
INSERT INTO payments (order_id, amount, method) VALUES (1, 120, 'card');
INSERT INTO reviews (product_id, customer_id, rating, body) VALUES (1, 2, 5, 'Visionary');
INSERT INTO coupons (code, percent_off) VALUES ('WELCOME', 10);
REFRESH MATERIALIZED VIEW product_ratings;
