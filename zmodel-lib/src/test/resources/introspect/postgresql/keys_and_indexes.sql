-- Primary keys (named, composite), unique constraints vs unique indexes, index column order, DESC,
-- NULLS FIRST/LAST, methods, operator classes, partial and expression indexes, INCLUDE columns.
CREATE EXTENSION pg_trgm;

CREATE TABLE account (
    id        integer NOT NULL,
    email     varchar(200) NOT NULL,
    handle    text NOT NULL,
    tenant    integer NOT NULL,
    score     integer,
    tags      text[],
    doc       jsonb,
    location  point,
    during    tsrange,
    created   timestamp NOT NULL,
    CONSTRAINT account_primary PRIMARY KEY (id),
    CONSTRAINT account_email_key UNIQUE (email),
    CONSTRAINT account_tenant_handle_key UNIQUE (tenant, handle) DEFERRABLE INITIALLY DEFERRED
);
CREATE UNIQUE INDEX account_lower_email_idx ON account (lower(email));
CREATE INDEX account_score_created_idx ON account (score DESC NULLS LAST, created);
CREATE INDEX account_score_nulls_first_idx ON account (score NULLS FIRST);
CREATE INDEX account_created_desc_idx ON account (created DESC);
CREATE INDEX account_hash_idx ON account USING hash (handle);
CREATE INDEX account_tags_idx ON account USING gin (tags);
CREATE INDEX account_doc_idx ON account USING gin (doc jsonb_path_ops);
CREATE INDEX account_handle_trgm_idx ON account USING gin (handle gin_trgm_ops);
CREATE INDEX account_location_idx ON account USING gist (location);
CREATE INDEX account_during_idx ON account USING spgist (during);
CREATE INDEX account_created_brin_idx ON account USING brin (created);
CREATE INDEX account_email_pattern_idx ON account (email varchar_pattern_ops);
CREATE INDEX account_active_idx ON account (tenant) WHERE score > 0;
CREATE INDEX account_mixed_idx ON account (tenant, lower(handle), id) INCLUDE (score);

CREATE TABLE membership (
    account_id integer NOT NULL,
    group_id   integer NOT NULL,
    role       text NOT NULL,
    PRIMARY KEY (group_id, account_id)
);
CREATE UNIQUE INDEX membership_role_idx ON membership (role, account_id);

CREATE TABLE no_key (
    value text
);
