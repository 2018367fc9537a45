-- Database comments become /// documentation: the table comment on the model, column comments on the fields,
-- the enum comment on the enum, the view comment on the view (several lines stay several lines).
CREATE TYPE status AS ENUM ('active', 'retired');
COMMENT ON TYPE status IS 'Lifecycle of a product';
CREATE TABLE product (
    id      integer PRIMARY KEY,
    name    text NOT NULL,
    price   numeric(8, 2) NOT NULL,
    status  status NOT NULL
);
COMMENT ON TABLE product IS 'Things we sell.
Prices are in EUR.';
COMMENT ON COLUMN product.price IS 'Gross price, "with" VAT';
COMMENT ON COLUMN product.name IS 'Display name';
CREATE VIEW cheap_product AS SELECT id, name FROM product WHERE price < 10;
COMMENT ON VIEW cheap_product IS 'Products under ten';
