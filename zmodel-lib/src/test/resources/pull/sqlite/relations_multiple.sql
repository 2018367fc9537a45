-- Several foreign keys between two tables need names; relation fields follow SQLite's foreign key order (the
-- reverse of the declaration order, as Prisma reads it).
CREATE TABLE user (
    id  INTEGER PRIMARY KEY
);
CREATE TABLE message (
    id            INTEGER PRIMARY KEY,
    sender_id     INTEGER NOT NULL REFERENCES user (id),
    recipient_id  INTEGER NOT NULL REFERENCES user (id),
    editor_id     INTEGER REFERENCES user (id)
);
