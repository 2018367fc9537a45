-- One-to-many: a foreign key without a unique constraint. Prisma's default actions (ON DELETE RESTRICT for a
-- required key, SET NULL for an optional one, ON UPDATE CASCADE) and the default constraint name are not written.
CREATE TABLE author (
    id    serial PRIMARY KEY,
    name  text NOT NULL
);
CREATE TABLE post (
    id         serial PRIMARY KEY,
    title      text NOT NULL,
    author_id  integer NOT NULL REFERENCES author (id) ON DELETE RESTRICT ON UPDATE CASCADE,
    editor_id  integer REFERENCES author (id) ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE TABLE category (
    id     serial PRIMARY KEY,
    name   text NOT NULL
);
CREATE TABLE post_category (
    id           serial PRIMARY KEY,
    post_id      integer NOT NULL REFERENCES post (id),
    category_id  integer NOT NULL REFERENCES category (id)
);
