-- Views become view blocks with optional fields, no keys and no relations; an ENUM column of a view gets its own
-- enum.
CREATE TABLE ticket (
    id      INT PRIMARY KEY,
    title   VARCHAR(100) NOT NULL,
    status  ENUM('open', 'closed') NOT NULL
);
CREATE VIEW open_ticket AS SELECT id, title, status FROM ticket WHERE status = 'open';
