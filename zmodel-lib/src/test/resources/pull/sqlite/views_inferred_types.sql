-- options: previewViews
-- SQLite reports no declared type for a view column computed by an expression: db pull infers one from the
-- expression (count → Int, avg/round/total → Float, sum of an integer column → Int, || → String, a column
-- reference → its column's type) instead of Bytes / Unsupported(""). An expression it cannot tell keeps no type.
CREATE TABLE sale (
    id        INTEGER PRIMARY KEY,
    region    TEXT NOT NULL,
    quantity  INTEGER NOT NULL,
    price     REAL NOT NULL
);
CREATE VIEW sale_summary AS
    SELECT region,
           count(*) AS sales,
           sum(quantity) AS units,
           avg(price) AS mean_price,
           round(sum(price * quantity), 2) AS revenue,
           region || ' (' || count(*) || ')' AS label,
           max(quantity) AS largest,
           CASE WHEN count(*) > 10 THEN 'big' ELSE 'small' END AS size
    FROM sale
    GROUP BY region;
