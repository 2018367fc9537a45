-- options: modelCasing=camel fieldCasing=pascal
-- Other casings: camelCase models and PascalCase fields and enum values.
CREATE TABLE "shop_order" (
    order_id     serial PRIMARY KEY,
    total_price  numeric(10, 2),
    status       text
);
CREATE TYPE order_status AS ENUM ('open', 'in-progress', 'DONE');
CREATE TABLE shop_order_line (
    id         serial PRIMARY KEY,
    order_id   integer REFERENCES shop_order (order_id),
    state      order_status
);
