-- options: previewViews
-- A view named like a reserved name is renamed with Prisma's explanation; defaults of view columns
-- (ALTER VIEW … SET DEFAULT) are introspected and written as on tables.
CREATE TABLE task (
    id      integer PRIMARY KEY,
    title   text NOT NULL,
    state   text NOT NULL DEFAULT 'open',
    points  integer
);
CREATE VIEW "DateTime" AS SELECT id, title FROM task;
CREATE VIEW open_task AS SELECT id, title, state, points FROM task WHERE state = 'open';
ALTER VIEW open_task ALTER COLUMN state SET DEFAULT 'open';
ALTER VIEW open_task ALTER COLUMN points SET DEFAULT 1;
