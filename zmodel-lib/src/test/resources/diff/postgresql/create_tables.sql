-- liquibase formatted sql

-- changeset zenstack:20260101000000_create_tables-1 logicalFilePath:20260101000000_create_tables/migration.sql dbms:postgresql
-- comment: Create enum `Role`
CREATE TYPE "public"."Role" AS ENUM ('USER', 'ADMIN');
-- rollback DROP TYPE "public"."Role";

-- changeset zenstack:20260101000000_create_tables-2 logicalFilePath:20260101000000_create_tables/migration.sql dbms:postgresql
-- comment: Create table `User`
CREATE TABLE "public"."User" (
    "id" serial NOT NULL,
    "email" text NOT NULL,
    "name" varchar(100) DEFAULT 'anonymous'::character varying,
    "active" boolean NOT NULL DEFAULT true,
    "score" numeric(10,2),
    "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "role" "public"."Role" NOT NULL DEFAULT 'USER'::"Role",
    "tags" text[],
    "meta" jsonb NOT NULL DEFAULT '{}'::jsonb,
    "uid" uuid NOT NULL DEFAULT gen_random_uuid(),
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "User_email_key" ON "public"."User"("email");
-- rollback DROP TABLE "public"."User";

-- changeset zenstack:20260101000000_create_tables-3 logicalFilePath:20260101000000_create_tables/migration.sql dbms:postgresql
-- comment: Create table `Post`
CREATE TABLE "public"."Post" (
    "id" serial NOT NULL,
    "title" varchar(200) NOT NULL,
    "body" text,
    "authorId" integer NOT NULL,
    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Post_authorId_idx" ON "public"."Post"("authorId");
CREATE INDEX "Post_title_idx" ON "public"."Post"("title" DESC);
-- rollback DROP TABLE "public"."Post";

-- changeset zenstack:20260101000000_create_tables-4 logicalFilePath:20260101000000_create_tables/migration.sql dbms:postgresql
-- comment: Add foreign key `Post_authorId_fkey` on `Post` referencing `User`
ALTER TABLE "public"."Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "public"."User" ("id") ON UPDATE CASCADE ON DELETE CASCADE;
-- rollback ALTER TABLE "public"."Post" DROP CONSTRAINT "Post_authorId_fkey";
