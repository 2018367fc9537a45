-- liquibase formatted sql

-- changeset zenstack:20260101000000_rebuild_keeps_unmanaged-1 logicalFilePath:20260101000000_rebuild_keeps_unmanaged/migration.sql dbms:sqlite runInTransaction:false
-- comment: DATA-DEPENDENT: Adds a foreign key on `Task`(`ownerId`); fails if existing rows reference missing `Owner` rows.
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Task" (
    "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" varchar(200) NOT NULL,
    "done" integer NOT NULL DEFAULT 0,
    "ownerId" integer,
    CONSTRAINT "Task_title_check" CHECK (length("title") > 0),
    FOREIGN KEY ("ownerId") REFERENCES "Owner" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Task" ("id", "title", "done", "ownerId") SELECT "id", "title", "done", "ownerId" FROM "Task";
DROP TABLE "Task";
ALTER TABLE "new_Task" RENAME TO "Task";
CREATE INDEX "Task_open_idx" ON "Task" ("title") WHERE "done" = 0;
CREATE TEMP TABLE "zmodel_foreign_key_check" ("violations" INTEGER NOT NULL CHECK ("violations" = 0));
INSERT INTO "zmodel_foreign_key_check" SELECT count(*) FROM pragma_foreign_key_check('Task');
DROP TABLE "zmodel_foreign_key_check";
PRAGMA foreign_keys=ON;
-- rollback PRAGMA foreign_keys=OFF;
-- rollback CREATE TABLE "new_Task" (
-- rollback     "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
-- rollback     "title" varchar(100) NOT NULL,
-- rollback     "done" integer NOT NULL DEFAULT 0,
-- rollback     "ownerId" integer,
-- rollback     CONSTRAINT "Task_title_check" CHECK (length("title") > 0)
-- rollback );
-- rollback INSERT INTO "new_Task" ("id", "title", "done", "ownerId") SELECT "id", "title", "done", "ownerId" FROM "Task";
-- rollback DROP TABLE "Task";
-- rollback ALTER TABLE "new_Task" RENAME TO "Task";
-- rollback CREATE INDEX "Task_open_idx" ON "Task" ("title") WHERE "done" = 0;
-- rollback PRAGMA foreign_keys=ON;
