-- Composite primary keys and WITHOUT ROWID tables (SQLite primary keys have no name: never map:).
CREATE TABLE membership (
    account_id  INTEGER NOT NULL,
    group_id    INTEGER NOT NULL,
    role        TEXT NOT NULL,
    PRIMARY KEY (group_id, account_id)
) WITHOUT ROWID;
CREATE TABLE setting (
    key    TEXT NOT NULL PRIMARY KEY,
    value  TEXT
) WITHOUT ROWID;
