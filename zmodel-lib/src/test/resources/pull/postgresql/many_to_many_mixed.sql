-- A self many-to-many relation, and a pair of tables linked both by a foreign key and by a join table: the
-- relations then need names; lower-case table names need the join table name as relation name.
CREATE TABLE person (
    id           serial PRIMARY KEY,
    best_friend  integer REFERENCES person (id)
);
CREATE TABLE "_Friends" (
    "A" integer NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    "B" integer NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY ("A", "B")
);
CREATE INDEX ON "_Friends" ("B");
CREATE TABLE category (
    id  serial PRIMARY KEY
);
CREATE TABLE post (
    id           serial PRIMARY KEY,
    category_id  integer REFERENCES category (id)
);
CREATE TABLE "_categoryTopost" (
    "A" integer NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    "B" integer NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    PRIMARY KEY ("A", "B")
);
CREATE INDEX ON "_categoryTopost" ("B");
