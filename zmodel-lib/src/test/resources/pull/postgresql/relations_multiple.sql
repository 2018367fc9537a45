-- Several foreign keys between the same two tables need relation names; a foreign key back from the referenced
-- table makes the pair ambiguous too.
CREATE TABLE "user" (
    id        serial PRIMARY KEY,
    team_id   integer
);
CREATE TABLE message (
    id            serial PRIMARY KEY,
    sender_id     integer NOT NULL REFERENCES "user" (id),
    recipient_id  integer NOT NULL REFERENCES "user" (id),
    body          text NOT NULL
);
CREATE TABLE team (
    id       serial PRIMARY KEY,
    lead_id  integer NOT NULL REFERENCES "user" (id)
);
ALTER TABLE "user" ADD CONSTRAINT user_team_id_fkey FOREIGN KEY (team_id) REFERENCES team (id);
