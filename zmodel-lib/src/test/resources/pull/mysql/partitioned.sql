-- A partitioned table gets Prisma's partition note and a PARTITION warning, as on PostgreSQL.
CREATE TABLE measurement (
    id       INT NOT NULL,
    taken    DATE NOT NULL,
    value    INT,
    PRIMARY KEY (id, taken)
) PARTITION BY RANGE (YEAR(taken)) (
    PARTITION p2024 VALUES LESS THAN (2025),
    PARTITION pmax VALUES LESS THAN MAXVALUE
);
