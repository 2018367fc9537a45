-- A MariaDB shop with what ZModel cannot express about storage: a sequence used by a column default, tables in other
-- engines (MyISAM with a fixed row format, Aria, MEMORY), a latin1 table in the utf8mb4 database (one column with
-- its own collation, one in utf8mb4), partitioned tables (RANGE with HASH subpartitions, LIST COLUMNS, KEY) and
-- events (recurring with a past start, compound interval with an end, replica-side disabled, a past preserved one).
-- Statements are separated by lines holding only "--;" (event bodies contain semicolons).
CREATE SEQUENCE order_no START WITH 1000 INCREMENT BY 5
--;
CREATE TABLE legacy_customer (
    id    INT AUTO_INCREMENT PRIMARY KEY,
    name  VARCHAR(100) NOT NULL,
    email VARCHAR(200) COLLATE latin1_general_cs NOT NULL,
    city  VARCHAR(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    UNIQUE KEY legacy_customer_email_key (email)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='Customers of the old shop'
--;
CREATE TABLE orders (
    id          INT AUTO_INCREMENT PRIMARY KEY,
    order_no    BIGINT NOT NULL DEFAULT nextval(order_no),
    customer_id INT NOT NULL,
    CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES legacy_customer (id)
)
--;
CREATE TABLE page_hits (
    id   INT AUTO_INCREMENT PRIMARY KEY,
    url  VARCHAR(200) NOT NULL,
    hits INT NOT NULL DEFAULT 0
) ENGINE=MyISAM ROW_FORMAT=FIXED
--;
CREATE TABLE search_log (id INT AUTO_INCREMENT PRIMARY KEY, term VARCHAR(100) NOT NULL) ENGINE=Aria
--;
CREATE TABLE session_cache (k VARCHAR(64) PRIMARY KEY, v VARCHAR(255) NULL) ENGINE=MEMORY
--;
CREATE TABLE measurement (
    id       BIGINT NOT NULL AUTO_INCREMENT,
    taken_on DATE NOT NULL,
    reading  DECIMAL(10, 2) NOT NULL,
    PRIMARY KEY (id, taken_on)
) PARTITION BY RANGE (YEAR(taken_on)) SUBPARTITION BY HASH (MONTH(taken_on)) SUBPARTITIONS 2 (
    PARTITION p2024 VALUES LESS THAN (2025),
    PARTITION p2025 VALUES LESS THAN (2026),
    PARTITION pmax VALUES LESS THAN MAXVALUE
)
--;
CREATE TABLE region_sales (
    id     INT NOT NULL AUTO_INCREMENT,
    region CHAR(2) NOT NULL,
    amount INT NOT NULL,
    PRIMARY KEY (id, region)
) PARTITION BY LIST COLUMNS (region) (
    PARTITION europe VALUES IN ('DE', 'FR'),
    PARTITION america VALUES IN ('US', 'CA')
)
--;
CREATE TABLE shard (id INT PRIMARY KEY, payload VARCHAR(20) NOT NULL) PARTITION BY KEY () PARTITIONS 4
--;
CREATE EVENT purge_hits ON SCHEDULE EVERY 1 DAY STARTS '2024-01-01 03:00:00' ON COMPLETION PRESERVE ENABLE
    COMMENT 'Nightly purge' DO DELETE FROM page_hits WHERE hits = 0
--;
CREATE EVENT rotate_log ON SCHEDULE EVERY '1 12' DAY_HOUR STARTS '2024-06-01 00:00:00' ENDS '2037-01-01 00:00:00'
    DISABLE DO BEGIN
        DELETE FROM search_log;
        INSERT INTO search_log (term) VALUES ('rotated');
    END
--;
CREATE EVENT replica_report ON SCHEDULE AT '2037-06-01 12:00:00' DISABLE ON SLAVE DO DELETE FROM session_cache
--;
CREATE EVENT archived_once ON SCHEDULE AT '2001-01-01 00:00:00' ON COMPLETION PRESERVE DISABLE DO DELETE FROM shard
--;
INSERT INTO legacy_customer (name, email, city) VALUES ('Åsa', 'asa@example.com', 'Malmö')
--;
INSERT INTO orders (customer_id) VALUES (1)
--;
INSERT INTO measurement (taken_on, reading) VALUES ('2024-03-01', 1.5), ('2025-07-01', 2.5), ('2030-01-01', 3)
--;
INSERT INTO region_sales (region, amount) VALUES ('DE', 10), ('US', 20)
