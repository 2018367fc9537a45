-- liquibase formatted sql

-- changeset zenstack:20260101000000_alter_columns-1 logicalFilePath:20260101000000_alter_columns/migration.sql dbms:sqlite runInTransaction:false
-- comment: DATA-DEPENDENT: Makes column `Item.label` required; fails if it contains NULL values. Changes the type of `Item.code` from `text` to `integer`; fails if existing values do not fit the new type.
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Item" (
    "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
    "quantity" bigint NOT NULL,
    "label" varchar(255) NOT NULL,
    "kind" text NOT NULL,
    "stock" integer DEFAULT 0,
    "code" integer NOT NULL
);
INSERT INTO "new_Item" ("id", "quantity", "label", "kind", "stock", "code") SELECT "id", "quantity", "label", "kind", "stock", "code" FROM "Item";
DROP TABLE "Item";
ALTER TABLE "new_Item" RENAME TO "Item";
PRAGMA foreign_keys=ON;
-- rollback PRAGMA foreign_keys=OFF;
-- rollback CREATE TABLE "new_Item" (
-- rollback     "id" integer NOT NULL PRIMARY KEY AUTOINCREMENT,
-- rollback     "quantity" integer NOT NULL,
-- rollback     "label" varchar(100),
-- rollback     "kind" text NOT NULL DEFAULT 'plain',
-- rollback     "stock" integer,
-- rollback     "code" text NOT NULL
-- rollback );
-- rollback INSERT INTO "new_Item" ("id", "quantity", "label", "kind", "stock", "code") SELECT "id", "quantity", "label", "kind", "stock", "code" FROM "Item";
-- rollback DROP TABLE "Item";
-- rollback ALTER TABLE "new_Item" RENAME TO "Item";
-- rollback PRAGMA foreign_keys=ON;
