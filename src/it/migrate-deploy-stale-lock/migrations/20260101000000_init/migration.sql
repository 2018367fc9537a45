-- liquibase formatted sql

-- changeset zenstack:20260101000000_init-1 logicalFilePath:20260101000000_init/migration.sql
CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY, "email" TEXT NOT NULL);
-- rollback DROP TABLE "User";
