-- liquibase formatted sql

-- changeset zenstack:20260101000000_enum_values-1 logicalFilePath:20260101000000_enum_values/migration.sql dbms:postgresql
-- comment: Create enum `Status`
CREATE TYPE "public"."Status" AS ENUM ('ON', 'OFF');
-- rollback DROP TYPE "public"."Status";

-- changeset zenstack:20260101000000_enum_values-2 logicalFilePath:20260101000000_enum_values/migration.sql dbms:postgresql
-- comment: Add value `GUEST` to enum `Role`
ALTER TYPE "public"."Role" ADD VALUE 'GUEST' BEFORE 'USER';
-- rollback ALTER TYPE "public"."Role" RENAME TO "Role_old";
-- rollback CREATE TYPE "public"."Role" AS ENUM ('USER', 'ADMIN');
-- rollback ALTER TABLE "public"."Account" ALTER COLUMN "role" DROP DEFAULT;
-- rollback ALTER TABLE "public"."Account" ALTER COLUMN "role" TYPE "public"."Role" USING ("role"::text::"public"."Role");
-- rollback ALTER TABLE "public"."Account" ALTER COLUMN "roles" TYPE "public"."Role"[] USING ("roles"::text[]::"public"."Role"[]);
-- rollback ALTER TABLE "public"."Account" ALTER COLUMN "role" SET DEFAULT 'USER'::"Role";
-- rollback DROP TYPE "public"."Role_old";

-- changeset zenstack:20260101000000_enum_values-3 logicalFilePath:20260101000000_enum_values/migration.sql dbms:postgresql
-- comment: Add value `MODERATOR` to enum `Role`
ALTER TYPE "public"."Role" ADD VALUE 'MODERATOR' BEFORE 'ADMIN';
-- rollback ALTER TYPE "public"."Role" RENAME TO "Role_old";
-- rollback CREATE TYPE "public"."Role" AS ENUM ('GUEST', 'USER', 'ADMIN');
-- rollback ALTER TABLE "public"."Account" ALTER COLUMN "role" DROP DEFAULT;
-- rollback ALTER TABLE "public"."Account" ALTER COLUMN "role" TYPE "public"."Role" USING ("role"::text::"public"."Role");
-- rollback ALTER TABLE "public"."Account" ALTER COLUMN "roles" TYPE "public"."Role"[] USING ("roles"::text[]::"public"."Role"[]);
-- rollback ALTER TABLE "public"."Account" ALTER COLUMN "role" SET DEFAULT 'USER'::"Role";
-- rollback DROP TYPE "public"."Role_old";

-- changeset zenstack:20260101000000_enum_values-4 logicalFilePath:20260101000000_enum_values/migration.sql dbms:postgresql
-- comment: Add value `OWNER` to enum `Role`
ALTER TYPE "public"."Role" ADD VALUE 'OWNER';
-- rollback ALTER TYPE "public"."Role" RENAME TO "Role_old";
-- rollback CREATE TYPE "public"."Role" AS ENUM ('GUEST', 'USER', 'MODERATOR', 'ADMIN');
-- rollback ALTER TABLE "public"."Account" ALTER COLUMN "role" DROP DEFAULT;
-- rollback ALTER TABLE "public"."Account" ALTER COLUMN "role" TYPE "public"."Role" USING ("role"::text::"public"."Role");
-- rollback ALTER TABLE "public"."Account" ALTER COLUMN "roles" TYPE "public"."Role"[] USING ("roles"::text[]::"public"."Role"[]);
-- rollback ALTER TABLE "public"."Account" ALTER COLUMN "role" SET DEFAULT 'USER'::"Role";
-- rollback DROP TYPE "public"."Role_old";

-- changeset zenstack:20260101000000_enum_values-5 logicalFilePath:20260101000000_enum_values/migration.sql dbms:postgresql
-- comment: DESTRUCTIVE: Drops column `Account.legacy`; its values are lost.
ALTER TABLE "public"."Account" DROP COLUMN "legacy";
-- rollback ALTER TABLE "public"."Account" ADD COLUMN "legacy" "public"."Legacy";

-- changeset zenstack:20260101000000_enum_values-6 logicalFilePath:20260101000000_enum_values/migration.sql dbms:postgresql
-- comment: Add column `Account.status`
ALTER TABLE "public"."Account" ADD COLUMN "status" "public"."Status";
-- rollback ALTER TABLE "public"."Account" DROP COLUMN "status";

-- changeset zenstack:20260101000000_enum_values-7 logicalFilePath:20260101000000_enum_values/migration.sql dbms:postgresql
-- comment: Drop enum `Legacy`
DROP TYPE "public"."Legacy";
-- rollback CREATE TYPE "public"."Legacy" AS ENUM ('X');
