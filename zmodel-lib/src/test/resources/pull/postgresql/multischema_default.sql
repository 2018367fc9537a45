-- schemas: billing
-- options: defaultSchema=billing
-- defaultSchema: models and enums in the default schema get no @@schema, even when it is not public.
CREATE SCHEMA billing;
CREATE TYPE billing.currency AS ENUM ('EUR', 'USD');
CREATE TABLE billing.invoice (
    id        integer PRIMARY KEY,
    currency  billing.currency NOT NULL
);
