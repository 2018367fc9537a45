-- liquibase formatted sql

-- changeset zenstack:20260102000000_posts-1 logicalFilePath:20260102000000_posts/migration.sql
CREATE TABLE "Post" ("id" INTEGER NOT NULL PRIMARY KEY, "title" TEXT NOT NULL);
-- rollback DROP TABLE "Post";

-- changeset zenstack:20260102000000_posts-2 logicalFilePath:20260102000000_posts/migration.sql
INSERT INTO "Author" ("id") VALUES (1);
-- rollback DELETE FROM "Author" WHERE "id" = 1;
