-- liquibase formatted sql

-- changeset zenstack:20260101000000_alter_columns-1 logicalFilePath:20260101000000_alter_columns/migration.sql dbms:postgresql
-- comment: Alter column `Item.quantity` (type)
ALTER TABLE "public"."Item" ALTER COLUMN "quantity" SET DATA TYPE bigint USING ("quantity"::bigint);
-- rollback ALTER TABLE "public"."Item" ALTER COLUMN "quantity" SET DATA TYPE integer USING ("quantity"::integer);

-- changeset zenstack:20260101000000_alter_columns-2 logicalFilePath:20260101000000_alter_columns/migration.sql dbms:postgresql
-- comment: DATA-DEPENDENT: Makes column `Item.label` required; fails if it contains NULL values.
ALTER TABLE "public"."Item" ALTER COLUMN "label" SET DATA TYPE varchar(255) USING ("label"::varchar(255)),
    ALTER COLUMN "label" SET NOT NULL;
-- rollback ALTER TABLE "public"."Item" ALTER COLUMN "label" SET DATA TYPE varchar(100) USING ("label"::varchar(100)),
-- rollback     ALTER COLUMN "label" DROP NOT NULL;

-- changeset zenstack:20260101000000_alter_columns-3 logicalFilePath:20260101000000_alter_columns/migration.sql dbms:postgresql
-- comment: Alter column `Item.kind` (default)
ALTER TABLE "public"."Item" ALTER COLUMN "kind" DROP DEFAULT;
-- rollback ALTER TABLE "public"."Item" ALTER COLUMN "kind" SET DEFAULT 'plain'::text;

-- changeset zenstack:20260101000000_alter_columns-4 logicalFilePath:20260101000000_alter_columns/migration.sql dbms:postgresql
-- comment: Alter column `Item.stock` (default)
ALTER TABLE "public"."Item" ALTER COLUMN "stock" SET DEFAULT 0;
-- rollback ALTER TABLE "public"."Item" ALTER COLUMN "stock" DROP DEFAULT;

-- changeset zenstack:20260101000000_alter_columns-5 logicalFilePath:20260101000000_alter_columns/migration.sql dbms:postgresql
-- comment: DATA-DEPENDENT: Changes the type of `Item.code` from `text` to `int4`; fails if existing values do not fit the new type.
ALTER TABLE "public"."Item" ALTER COLUMN "code" SET DATA TYPE integer USING ("code"::integer);
-- rollback ALTER TABLE "public"."Item" ALTER COLUMN "code" SET DATA TYPE text USING ("code"::text);
