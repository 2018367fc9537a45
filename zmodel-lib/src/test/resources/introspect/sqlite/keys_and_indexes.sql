-- Composite primary keys, UNIQUE constraints (auto-indexes, kept by name) vs unique indexes, DESC, partial
-- and expression indexes, WITHOUT ROWID tables.
CREATE TABLE account (
    id       INTEGER NOT NULL PRIMARY KEY,
    email    TEXT NOT NULL UNIQUE,
    tenant   INTEGER NOT NULL,
    handle   TEXT NOT NULL,
    score    INTEGER,
    created  TEXT NOT NULL,
    CONSTRAINT account_tenant_handle UNIQUE (tenant, handle)
);
CREATE UNIQUE INDEX account_lower_email_idx ON account (lower(email));
CREATE INDEX account_score_created_idx ON account (score DESC, created);
CREATE INDEX account_active_idx ON account (tenant) WHERE score > 0;
CREATE INDEX "account mixed idx" ON account (tenant, lower(handle) DESC, id COLLATE NOCASE);

CREATE TABLE membership (
    account_id  INTEGER NOT NULL,
    group_id    INTEGER NOT NULL,
    role        TEXT NOT NULL,
    PRIMARY KEY (group_id, account_id)
) WITHOUT ROWID;
CREATE TABLE no_key (value TEXT);
