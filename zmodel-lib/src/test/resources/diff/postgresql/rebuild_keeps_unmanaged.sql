-- liquibase formatted sql

-- changeset zenstack:20260101000000_rebuild_keeps_unmanaged-1 logicalFilePath:20260101000000_rebuild_keeps_unmanaged/migration.sql dbms:postgresql
-- comment: Alter column `Task.title` (type)
ALTER TABLE "public"."Task" ALTER COLUMN "title" SET DATA TYPE varchar(200) USING ("title"::varchar(200));
-- rollback ALTER TABLE "public"."Task" ALTER COLUMN "title" SET DATA TYPE varchar(100) USING ("title"::varchar(100));

-- changeset zenstack:20260101000000_rebuild_keeps_unmanaged-2 logicalFilePath:20260101000000_rebuild_keeps_unmanaged/migration.sql dbms:postgresql
-- comment: DATA-DEPENDENT: Adds foreign key `Task_ownerId_fkey` on `Task`(`ownerId`); fails if existing rows reference missing `Owner` rows.
ALTER TABLE "public"."Task" ADD CONSTRAINT "Task_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "public"."Owner" ("id") ON UPDATE CASCADE ON DELETE SET NULL;
-- rollback ALTER TABLE "public"."Task" DROP CONSTRAINT "Task_ownerId_fkey";
