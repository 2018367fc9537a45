-- liquibase formatted sql

-- changeset zenstack:20260102000000_posts-1 logicalFilePath:20260102000000_posts/migration.sql
CREATE TABLE `post` (`id` INT NOT NULL PRIMARY KEY, `title` VARCHAR(100) NOT NULL);
-- rollback DROP TABLE `post`;

-- changeset zenstack:20260102000000_posts-2 logicalFilePath:20260102000000_posts/migration.sql
CREATE TABLE `tag` (`id` INT NOT NULL PRIMARY KEY);
INSERT INTO `tag` (`id`) VALUES (1);
-- rollback DROP TABLE `tag`;
