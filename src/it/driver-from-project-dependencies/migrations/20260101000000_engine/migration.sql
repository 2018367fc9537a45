-- liquibase formatted sql

-- changeset zenstack:20260101000000_engine-1 logicalFilePath:20260101000000_engine/migration.sql
CREATE TABLE "engine" ("version" TEXT NOT NULL);
INSERT INTO "engine" ("version") SELECT sqlite_version();
-- rollback DROP TABLE "engine";
