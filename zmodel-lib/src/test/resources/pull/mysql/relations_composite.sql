-- A composite foreign key to a composite unique key.
CREATE TABLE tenant_user (
    id         INT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  INT NOT NULL,
    email      VARCHAR(100) NOT NULL,
    UNIQUE KEY tenant_user_tenant_id_email_key (tenant_id, email)
);
CREATE TABLE login (
    id            INT AUTO_INCREMENT PRIMARY KEY,
    user_tenant   INT NOT NULL,
    user_email    VARCHAR(100) NOT NULL,
    CONSTRAINT login_user_tenant_user_email_fkey FOREIGN KEY (user_tenant, user_email)
        REFERENCES tenant_user (tenant_id, email) ON DELETE CASCADE ON UPDATE CASCADE
);
