-- options: modelCasing=snake fieldCasing=snake
-- Snake casing for models and fields: names already in snake case need no @map; relation fields follow the field
-- casing.
CREATE TABLE "OrderItem" (
    id           serial PRIMARY KEY,
    "orderId"    integer NOT NULL,
    "unitPrice"  numeric(10, 2) NOT NULL
);
CREATE TABLE "Order" (
    id          serial PRIMARY KEY,
    placed_at   timestamp(3) NOT NULL
);
ALTER TABLE "OrderItem" ADD FOREIGN KEY ("orderId") REFERENCES "Order" (id);
CREATE TYPE "PaymentState" AS ENUM ('NotPaid', 'Paid');
CREATE TABLE payment (
    id     serial PRIMARY KEY,
    state  "PaymentState" NOT NULL DEFAULT 'NotPaid'
);
