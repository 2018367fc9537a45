-- options: previewViews
-- Views become view blocks (the prisma preset: with Prisma's views preview feature): optional fields, no keys or
-- relations; column names of the view definition are used.
CREATE TABLE ticket (
    id      INTEGER PRIMARY KEY,
    title   TEXT NOT NULL,
    closed  BOOLEAN NOT NULL DEFAULT 0
);
CREATE VIEW "open ticket" ("ticket id", label) AS SELECT id, title FROM ticket WHERE closed = 0;
CREATE VIEW ticket_count AS SELECT count(*) AS n FROM ticket;
