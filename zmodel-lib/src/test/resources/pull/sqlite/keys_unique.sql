-- UNIQUE constraints create sqlite_autoindex_* indexes, written with map: as Prisma does; CREATE UNIQUE INDEX with
-- the default name needs none.
CREATE TABLE account (
    id      INTEGER PRIMARY KEY,
    email   TEXT NOT NULL UNIQUE,
    tenant  INTEGER NOT NULL,
    handle  TEXT NOT NULL,
    code    TEXT NOT NULL,
    UNIQUE (tenant, handle)
);
CREATE UNIQUE INDEX account_code_key ON account (code);
CREATE UNIQUE INDEX account_tenant_code_key ON account (tenant, code DESC);
