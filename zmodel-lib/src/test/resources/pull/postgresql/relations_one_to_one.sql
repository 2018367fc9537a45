-- One-to-one: the foreign key columns are covered by a unique constraint or by the primary key; the back field is
-- optional.
CREATE TABLE account (
    id     serial PRIMARY KEY,
    email  text NOT NULL UNIQUE
);
CREATE TABLE profile (
    id          serial PRIMARY KEY,
    account_id  integer NOT NULL UNIQUE REFERENCES account (id),
    bio         text
);
CREATE TABLE settings (
    account_id  integer PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    theme       text NOT NULL
);
CREATE TABLE avatar (
    id          serial PRIMARY KEY,
    account_id  integer REFERENCES account (id),
    url         text NOT NULL,
    UNIQUE (account_id)
);
