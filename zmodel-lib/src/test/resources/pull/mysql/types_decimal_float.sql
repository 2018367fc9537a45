-- Decimal keeps precision and scale (decimal(65,30) is the default), a plain DECIMAL is decimal(10,0); float is
-- @db.Float, double the default.
CREATE TABLE price (
    id         INT PRIMARY KEY,
    amount     DECIMAL(10, 2) NOT NULL,
    plain      DECIMAL,
    widest     DECIMAL(65, 30),
    numeric_t  NUMERIC(8, 3),
    ratio      FLOAT,
    exact      DOUBLE,
    real_t     REAL
);
