-- CHECK constraints (named and unnamed) cannot be written: a note naming them, and warnings.
CREATE TABLE product (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL CHECK (length(name) > 0),
    price  REAL NOT NULL,
    CONSTRAINT price_positive CHECK (price > 0)
);
