-- A foreign key referencing a unique column that is not the primary key.
CREATE TABLE account (
    id     INTEGER PRIMARY KEY,
    email  TEXT NOT NULL UNIQUE
);
CREATE TABLE invitation (
    id           INTEGER PRIMARY KEY,
    account_email TEXT NOT NULL REFERENCES account (email) ON DELETE CASCADE ON UPDATE CASCADE
);
