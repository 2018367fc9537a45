-- options: previewViews
-- Views become view blocks (the prisma preset: with Prisma's views preview feature) with fields as nullable as the
-- catalog reports them, no keys and no relations; an ENUM column of a view gets its own enum.
CREATE TABLE ticket (
    id      INT PRIMARY KEY,
    title   VARCHAR(100) NOT NULL,
    status  ENUM('open', 'closed') NOT NULL
);
CREATE VIEW open_ticket AS SELECT id, title, status FROM ticket WHERE status = 'open';
