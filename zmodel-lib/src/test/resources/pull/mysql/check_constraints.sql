-- CHECK constraints cannot be written: a note with Prisma's sentence naming them, and warnings.
CREATE TABLE product (
    id     INT PRIMARY KEY,
    name   VARCHAR(100) NOT NULL CHECK (CHAR_LENGTH(name) > 0),
    price  DECIMAL(8, 2) NOT NULL,
    CONSTRAINT price_positive CHECK (price > 0)
);
