-- Primary keys (never map: on MySQL — they are all named PRIMARY), composite primary keys, unique keys single and
-- composite, map: for names that are not {table}_{columns}_key.
CREATE TABLE membership (
    account_id  INT NOT NULL,
    group_id    INT NOT NULL,
    role        VARCHAR(20) NOT NULL,
    PRIMARY KEY (group_id, account_id)
);
CREATE TABLE account (
    id       INT PRIMARY KEY,
    email    VARCHAR(100) NOT NULL,
    handle   VARCHAR(50) NOT NULL,
    tenant   INT NOT NULL,
    UNIQUE KEY account_email_key (email),
    UNIQUE KEY by_handle (handle),
    UNIQUE KEY account_tenant_handle_key (tenant, handle)
);
