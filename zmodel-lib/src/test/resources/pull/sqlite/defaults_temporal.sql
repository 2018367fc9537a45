-- Date/time defaults: CURRENT_TIMESTAMP and datetime('now'[, 'localtime']) on DateTime are now(); CURRENT_DATE and
-- literals are dbgenerated.
CREATE TABLE schedule (
    id       INTEGER PRIMARY KEY,
    created  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    changed  DATETIME DEFAULT (datetime('now')),
    local    DATETIME DEFAULT (datetime('now', 'localtime')),
    day      DATE DEFAULT CURRENT_DATE,
    fixed    DATETIME DEFAULT '2020-01-01 00:00:00'
);
