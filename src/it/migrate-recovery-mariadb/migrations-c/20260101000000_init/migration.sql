-- liquibase formatted sql

-- changeset zenstack:20260101000000_init-1 logicalFilePath:20260101000000_init/migration.sql
CREATE TABLE `author` (`id` INT NOT NULL PRIMARY KEY);
-- rollback DROP TABLE `author`;
