-- Triggers, stored functions and procedures and an event: ZModel cannot express them, the database keeps them.
-- db pull names them in one warning per kind (TRIGGER, FUNCTION, PROCEDURE, EVENT); each trigger also in a note on
-- the model of its table with the zenstack preset (Prisma says nothing about triggers: the prisma preset writes no
-- note).
CREATE TABLE account (
    id         INT AUTO_INCREMENT PRIMARY KEY,
    email      VARCHAR(191) NOT NULL UNIQUE,
    updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE account_audit (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id INT NOT NULL,
    action     VARCHAR(16) NOT NULL,
    at         DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TRIGGER account_touch BEFORE UPDATE ON account FOR EACH ROW SET NEW.updated_at = NOW();

CREATE TRIGGER account_audit_insert AFTER INSERT ON account FOR EACH ROW
    INSERT INTO account_audit (account_id, action) VALUES (NEW.id, 'INSERT');

CREATE FUNCTION account_count() RETURNS INT READS SQL DATA RETURN (SELECT COUNT(*) FROM account);

CREATE PROCEDURE purge_audit(IN keep_days INT) MODIFIES SQL DATA
    DELETE FROM account_audit WHERE at < NOW() - INTERVAL keep_days DAY;

CREATE EVENT purge_audit_nightly ON SCHEDULE EVERY 1 DAY DISABLE DO CALL purge_audit(30);
