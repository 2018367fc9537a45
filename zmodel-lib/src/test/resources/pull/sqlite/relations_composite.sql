-- A composite foreign key to a composite unique constraint (whose auto-index name is written with map:).
CREATE TABLE tenant_user (
    id         INTEGER PRIMARY KEY,
    tenant_id  INTEGER NOT NULL,
    email      TEXT NOT NULL,
    UNIQUE (tenant_id, email)
);
CREATE TABLE login (
    id           INTEGER PRIMARY KEY,
    user_tenant  INTEGER NOT NULL,
    user_email   TEXT NOT NULL,
    FOREIGN KEY (user_tenant, user_email) REFERENCES tenant_user (tenant_id, email) ON DELETE CASCADE ON UPDATE CASCADE
);
