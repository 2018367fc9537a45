-- MariaDB's JSON is a LONGTEXT with a json_valid check: it is Json and the check is not reported; a string default
-- is kept; other checks are reported.
CREATE TABLE document (
    id        INT PRIMARY KEY,
    doc       JSON NOT NULL DEFAULT '{}',
    extra     JSON,
    notes     LONGTEXT CHECK (json_valid(notes) OR notes = '')
);
