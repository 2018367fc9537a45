-- liquibase formatted sql

-- changeset zenstack:20260101000000_alter_columns-1 logicalFilePath:20260101000000_alter_columns/migration.sql dbms:mariadb,mysql
-- comment: Alter column `Item.quantity` (type)
ALTER TABLE `Item` MODIFY `quantity` bigint NOT NULL;
-- rollback ALTER TABLE `Item` MODIFY `quantity` int NOT NULL;

-- changeset zenstack:20260101000000_alter_columns-2 logicalFilePath:20260101000000_alter_columns/migration.sql dbms:mariadb,mysql
-- comment: DATA-DEPENDENT: Makes column `Item.label` required; fails if it contains NULL values.
ALTER TABLE `Item` MODIFY `label` varchar(255) NOT NULL;
-- rollback ALTER TABLE `Item` MODIFY `label` varchar(100) NULL;

-- changeset zenstack:20260101000000_alter_columns-3 logicalFilePath:20260101000000_alter_columns/migration.sql dbms:mariadb,mysql
-- comment: Alter column `Item.kind` (default)
ALTER TABLE `Item` MODIFY `kind` varchar(191) NOT NULL;
-- rollback ALTER TABLE `Item` MODIFY `kind` varchar(191) NOT NULL DEFAULT 'plain';

-- changeset zenstack:20260101000000_alter_columns-4 logicalFilePath:20260101000000_alter_columns/migration.sql dbms:mariadb,mysql
-- comment: Alter column `Item.stock` (default)
ALTER TABLE `Item` MODIFY `stock` int NULL DEFAULT 0;
-- rollback ALTER TABLE `Item` MODIFY `stock` int NULL;

-- changeset zenstack:20260101000000_alter_columns-5 logicalFilePath:20260101000000_alter_columns/migration.sql dbms:mariadb,mysql
-- comment: DATA-DEPENDENT: Changes the type of `Item.code` from `varchar(20)` to `int`; fails if existing values do not fit the new type.
ALTER TABLE `Item` MODIFY `code` int NOT NULL;
-- rollback ALTER TABLE `Item` MODIFY `code` varchar(20) NOT NULL;
