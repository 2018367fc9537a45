-- Tables without a usable identifier are @@ignore'd: no key, a unique key on a nullable column; a unique key on
-- required columns is enough.
CREATE TABLE log_entry (
    message  TEXT,
    at       DATETIME
);
CREATE TABLE maybe_unique (
    code  VARCHAR(10) UNIQUE,
    name  TEXT
);
CREATE TABLE keyed_by_unique (
    tenant  INT NOT NULL,
    code    VARCHAR(10) NOT NULL,
    UNIQUE KEY keyed_by_unique_tenant_code_key (tenant, code)
);
