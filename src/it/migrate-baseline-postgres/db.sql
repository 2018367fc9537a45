CREATE EXTENSION citext;
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');
CREATE DOMAIN nickname AS citext CHECK (length(VALUE) BETWEEN 2 AND 30);
CREATE TABLE customer (
    id         serial PRIMARY KEY,
    email      varchar(255) NOT NULL UNIQUE CHECK (position('@' in email) > 1),
    nickname   nickname,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE customer IS 'People who buy';
CREATE TABLE purchase_order (
    id          bigserial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    status      order_status NOT NULL DEFAULT 'pending',
    total       numeric(10, 2) NOT NULL DEFAULT 0
);
CREATE INDEX purchase_order_open ON purchase_order (customer_id) WHERE status <> 'shipped';
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER customer_touch BEFORE UPDATE ON customer FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE VIEW open_orders AS SELECT id, customer_id, total FROM purchase_order WHERE status <> 'shipped';
INSERT INTO customer (email) VALUES ('ada@example.com');
INSERT INTO purchase_order (customer_id, total) VALUES (1, 120);
