-- One-to-one: a unique key column, and a primary key that is also the foreign key.
CREATE TABLE account (
    id  INTEGER PRIMARY KEY
);
CREATE TABLE profile (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL UNIQUE REFERENCES account (id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE settings (
    account_id  INTEGER NOT NULL PRIMARY KEY REFERENCES account (id),
    theme       TEXT NOT NULL
);
