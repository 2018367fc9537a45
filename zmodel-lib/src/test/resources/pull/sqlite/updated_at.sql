-- @updatedAt for DateTime columns named updatedAt/updated_at (zenstack preset); a TEXT column of that name is a
-- String and is left alone.
CREATE TABLE article (
    id          INTEGER PRIMARY KEY,
    created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  DATETIME NOT NULL
);
CREATE TABLE note (
    id          INTEGER PRIMARY KEY,
    "updatedAt" TEXT
);
