-- Date/time defaults: CURRENT_TIMESTAMP (with precision) is now(); literals and other expressions are
-- dbgenerated; ON UPDATE CURRENT_TIMESTAMP cannot be written (note and warning).
CREATE TABLE schedule (
    id          INT PRIMARY KEY,
    created     DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    created_0   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    changed     TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    fixed       DATETIME DEFAULT '2020-01-01 00:00:00',
    day         DATE DEFAULT (curdate())
);
