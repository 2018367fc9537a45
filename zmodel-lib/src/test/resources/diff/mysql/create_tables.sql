-- liquibase formatted sql

-- changeset zenstack:20260101000000_create_tables-1 logicalFilePath:20260101000000_create_tables/migration.sql dbms:mariadb,mysql
-- comment: Create table `User`
CREATE TABLE `User` (
    `id` int NOT NULL AUTO_INCREMENT,
    `email` varchar(191) NOT NULL,
    `name` varchar(100) NULL DEFAULT 'anonymous',
    `active` tinyint(1) NOT NULL DEFAULT 1,
    `score` decimal(10,2) NULL,
    `createdAt` datetime(3) NOT NULL DEFAULT current_timestamp(3),
    `role` enum('USER','ADMIN') NOT NULL DEFAULT 'USER',
    `views` int unsigned NOT NULL DEFAULT 0,
    `meta` json NULL,
    PRIMARY KEY (`id`),
    UNIQUE INDEX `User_email_key` (`email`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
-- rollback DROP TABLE `User`;

-- changeset zenstack:20260101000000_create_tables-2 logicalFilePath:20260101000000_create_tables/migration.sql dbms:mariadb,mysql
-- comment: Create table `Post`
CREATE TABLE `Post` (
    `id` int NOT NULL AUTO_INCREMENT,
    `title` varchar(200) NOT NULL,
    `body` varchar(191) NULL,
    `authorId` int NOT NULL,
    PRIMARY KEY (`id`),
    INDEX `Post_authorId_idx` (`authorId`),
    INDEX `Post_title_idx` (`title` DESC)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
-- rollback DROP TABLE `Post`;

-- changeset zenstack:20260101000000_create_tables-3 logicalFilePath:20260101000000_create_tables/migration.sql dbms:mariadb,mysql
-- comment: Add foreign key `Post_authorId_fkey` on `Post` referencing `User`
ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User` (`id`) ON UPDATE CASCADE ON DELETE CASCADE;
-- rollback ALTER TABLE `Post` DROP FOREIGN KEY `Post_authorId_fkey`;
