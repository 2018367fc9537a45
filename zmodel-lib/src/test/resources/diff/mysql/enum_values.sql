-- liquibase formatted sql

-- changeset zenstack:20260101000000_enum_values-1 logicalFilePath:20260101000000_enum_values/migration.sql dbms:mariadb,mysql
-- comment: Alter column `Account.plan` (type)
ALTER TABLE `Account` MODIFY `plan` enum('FREE','TEAM','PRO') NOT NULL DEFAULT 'FREE';
-- rollback ALTER TABLE `Account` MODIFY `plan` enum('FREE','PRO') NOT NULL DEFAULT 'FREE';
