-- Inline ENUM columns become one enum per column, named after table and column; values are sanitized and mapped,
-- '' is EMPTY_ENUM_VALUE; defaults name the member.
CREATE TABLE ticket (
    id        INT PRIMARY KEY,
    status    ENUM('open', 'in-progress', 'closed') NOT NULL DEFAULT 'open',
    priority  ENUM('LOW', 'HIGH', '') DEFAULT '',
    kind      ENUM('bug', 'it''s fine', '42')
);
CREATE TABLE ticket_status (
    id      INT PRIMARY KEY,
    label   VARCHAR(50) NOT NULL
);
