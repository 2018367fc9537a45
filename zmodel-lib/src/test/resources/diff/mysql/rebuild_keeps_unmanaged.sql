-- liquibase formatted sql

-- changeset zenstack:20260101000000_rebuild_keeps_unmanaged-1 logicalFilePath:20260101000000_rebuild_keeps_unmanaged/migration.sql dbms:mariadb,mysql
-- comment: Alter column `Task.title` (type)
ALTER TABLE `Task` MODIFY `title` varchar(200) NOT NULL;
-- rollback ALTER TABLE `Task` MODIFY `title` varchar(100) NOT NULL;

-- changeset zenstack:20260101000000_rebuild_keeps_unmanaged-2 logicalFilePath:20260101000000_rebuild_keeps_unmanaged/migration.sql dbms:mariadb,mysql
-- comment: Create index `Task_ownerId_fkey` on `Task`
CREATE INDEX `Task_ownerId_fkey` ON `Task`(`ownerId`);
-- rollback DROP INDEX `Task_ownerId_fkey` ON `Task`;

-- changeset zenstack:20260101000000_rebuild_keeps_unmanaged-3 logicalFilePath:20260101000000_rebuild_keeps_unmanaged/migration.sql dbms:mariadb,mysql
-- comment: DATA-DEPENDENT: Adds foreign key `Task_ownerId_fkey` on `Task`(`ownerId`); fails if existing rows reference missing `Owner` rows.
ALTER TABLE `Task` ADD CONSTRAINT `Task_ownerId_fkey` FOREIGN KEY (`ownerId`) REFERENCES `Owner` (`id`) ON UPDATE CASCADE ON DELETE SET NULL;
-- rollback ALTER TABLE `Task` DROP FOREIGN KEY `Task_ownerId_fkey`;
