-- An empty database: no tables, views or enums. Bookkeeping tables are never reported.
CREATE TABLE "DATABASECHANGELOG" (id VARCHAR(255) NOT NULL);
CREATE TABLE databasechangeloglock (id INTEGER PRIMARY KEY);
CREATE TABLE _prisma_migrations (id VARCHAR(36) PRIMARY KEY);
CREATE TABLE flyway_schema_history (installed_rank INTEGER PRIMARY KEY);
