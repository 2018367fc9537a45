-- The sample shop database, as Prisma/ZenStack would create it on SQLite.
CREATE TABLE "customer" (
    "id"    INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name"  TEXT
);
CREATE UNIQUE INDEX "customer_email_key" ON "customer"("email");

CREATE TABLE "purchase" (
    "id"          INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "customer_id" INTEGER NOT NULL,
    "total"       DECIMAL NOT NULL DEFAULT 0,
    "created_at"  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "purchase_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer" ("id")
        ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "purchase_customer_id_idx" ON "purchase"("customer_id");
