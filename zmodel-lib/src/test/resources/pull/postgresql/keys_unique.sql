-- Unique constraints and unique indexes: single column → @unique on the field, several → @@unique; sort: Desc;
-- map: only for names that are not {table}_{columns}_key; uniques before indexes, each by name.
CREATE TABLE account (
    id        integer PRIMARY KEY,
    email     text NOT NULL UNIQUE,
    handle    text NOT NULL,
    tenant    integer NOT NULL,
    code      text NOT NULL,
    rank      integer,
    UNIQUE (tenant, handle),
    CONSTRAINT account_code_unique UNIQUE (code)
);
CREATE UNIQUE INDEX account_rank_key ON account (rank DESC);
CREATE UNIQUE INDEX account_tenant_code ON account (tenant, code DESC);
CREATE INDEX account_handle_idx ON account (handle);
CREATE UNIQUE INDEX account_email_again ON account (email);
