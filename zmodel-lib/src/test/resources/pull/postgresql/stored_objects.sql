-- Triggers, functions, procedures and a sequence no column owns: ZModel cannot express them, the database keeps
-- them. db pull names them in one warning per kind (TRIGGER, FUNCTION, PROCEDURE, SEQUENCE); each trigger also in a
-- note on the model of its table with the zenstack preset (Prisma says nothing about triggers: the prisma preset
-- writes no note). A table comment comes first in the note; a table without triggers gets none.
CREATE TABLE account (
    id         serial PRIMARY KEY,
    email      text NOT NULL UNIQUE,
    updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE account IS 'Customer accounts.';

CREATE TABLE account_audit (
    id         bigserial PRIMARY KEY,
    account_id integer NOT NULL,
    action     text NOT NULL,
    at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE invoice (
    id     serial PRIMARY KEY,
    number bigint NOT NULL DEFAULT 0
);

CREATE SEQUENCE invoice_number_seq START 1000;

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE FUNCTION audit_account() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO account_audit (account_id, action) VALUES (coalesce(NEW.id, OLD.id), TG_OP);
    RETURN NULL;
END
$$;

CREATE FUNCTION account_count(since timestamptz) RETURNS bigint LANGUAGE sql STABLE AS
    'SELECT count(*) FROM account WHERE updated_at >= since';

CREATE PROCEDURE purge_audit(keep_days integer) LANGUAGE sql AS
    'DELETE FROM account_audit WHERE at < now() - make_interval(days => keep_days)';

CREATE TRIGGER account_touch BEFORE UPDATE ON account FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER account_audit AFTER INSERT OR DELETE ON account FOR EACH ROW EXECUTE FUNCTION audit_account();
