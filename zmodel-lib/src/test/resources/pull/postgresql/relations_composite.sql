-- Composite foreign keys referencing a composite primary key and a composite unique constraint, in the
-- referenced column order; a composite key covered by a unique constraint is one-to-one.
CREATE TABLE tenant_user (
    tenant_id  integer NOT NULL,
    user_id    integer NOT NULL,
    email      text NOT NULL,
    PRIMARY KEY (tenant_id, user_id),
    UNIQUE (tenant_id, email)
);
CREATE TABLE document (
    id          serial PRIMARY KEY,
    tenant_id   integer NOT NULL,
    owner_id    integer NOT NULL,
    FOREIGN KEY (tenant_id, owner_id) REFERENCES tenant_user (tenant_id, user_id)
);
CREATE TABLE login (
    id          serial PRIMARY KEY,
    user_email  text NOT NULL,
    user_tenant integer NOT NULL,
    UNIQUE (user_tenant, user_email),
    FOREIGN KEY (user_tenant, user_email) REFERENCES tenant_user (tenant_id, email)
);
