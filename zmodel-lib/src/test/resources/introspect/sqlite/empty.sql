-- An empty database: bookkeeping tables are never reported.
CREATE TABLE DATABASECHANGELOG (ID VARCHAR(255) NOT NULL);
CREATE TABLE databasechangeloglock (ID INTEGER PRIMARY KEY);
CREATE TABLE _prisma_migrations (id TEXT PRIMARY KEY);
CREATE TABLE flyway_schema_history (installed_rank INTEGER PRIMARY KEY);
