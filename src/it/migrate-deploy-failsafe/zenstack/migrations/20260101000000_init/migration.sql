-- liquibase formatted sql

-- changeset zenstack:20260101000000_init-1 logicalFilePath:20260101000000_init/migration.sql
CREATE TABLE "Item" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(50) NOT NULL);
-- rollback DROP TABLE "Item";
