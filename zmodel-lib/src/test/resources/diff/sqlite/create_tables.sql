-- liquibase formatted sql

-- changeset zenstack:20260101000000_create_tables-1 logicalFilePath:20260101000000_create_tables/migration.sql dbms:sqlite
-- comment: Create table `User`
CREATE TABLE "User" (
    "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" text NOT NULL,
    "name" varchar(100) DEFAULT 'anonymous',
    "active" boolean NOT NULL DEFAULT true,
    "score" decimal(10,2),
    "createdAt" datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "avatar" blob
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
-- rollback DROP TABLE "User";

-- changeset zenstack:20260101000000_create_tables-2 logicalFilePath:20260101000000_create_tables/migration.sql dbms:sqlite
-- comment: Create table `Post`
CREATE TABLE "Post" (
    "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" varchar(200) NOT NULL,
    "body" text,
    "authorId" integer NOT NULL,
    FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");
CREATE INDEX "Post_title_idx" ON "Post"("title" DESC);
-- rollback DROP TABLE "Post";
