-- Triggers: ZModel cannot express them, the database keeps them. db pull names them in a TRIGGER warning and, with
-- the zenstack preset, in a note on the model of each trigger's table (Prisma says nothing about triggers: the
-- prisma preset writes no note). SQLite's default timing is BEFORE.
CREATE TABLE account (
    id         INTEGER PRIMARY KEY,
    email      TEXT NOT NULL UNIQUE,
    updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE account_audit (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL,
    action     TEXT NOT NULL
);

CREATE TRIGGER account_touch AFTER UPDATE OF email ON account
BEGIN
    UPDATE account SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;

CREATE TRIGGER "account audit" AFTER INSERT ON account
BEGIN
    INSERT INTO account_audit (account_id, action) VALUES (NEW.id, 'INSERT');
END;

CREATE TRIGGER account_audit_guard DELETE ON account_audit
BEGIN
    SELECT RAISE(ABORT, 'the audit is kept');
END;
