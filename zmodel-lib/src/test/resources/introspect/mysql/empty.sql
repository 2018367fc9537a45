-- An empty database: bookkeeping tables are never reported.
CREATE TABLE DATABASECHANGELOG (ID VARCHAR(255) NOT NULL);
CREATE TABLE DATABASECHANGELOGLOCK (ID INT PRIMARY KEY);
CREATE TABLE _prisma_migrations (id VARCHAR(36) PRIMARY KEY);
CREATE TABLE flyway_schema_history (installed_rank INTEGER PRIMARY KEY);
