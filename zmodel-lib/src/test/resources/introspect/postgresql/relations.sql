-- Foreign keys: composite (column order by position), self references, several FKs between two tables,
-- a cycle, referential actions, deferrable constraints.
CREATE TABLE "user" (
    id       integer PRIMARY KEY,
    org      integer NOT NULL,
    code     text NOT NULL,
    manager  integer REFERENCES "user" (id) ON DELETE SET NULL,
    team_id  integer,
    UNIQUE (code, org)
);

CREATE TABLE message (
    id           integer PRIMARY KEY,
    sender_id    integer NOT NULL REFERENCES "user" (id) ON DELETE CASCADE ON UPDATE CASCADE,
    recipient_id integer NOT NULL REFERENCES "user" (id) ON DELETE RESTRICT,
    editor_id    integer DEFAULT 0 CONSTRAINT message_editor REFERENCES "user" (id) ON DELETE SET DEFAULT,
    user_code    text,
    user_org     integer,
    CONSTRAINT message_author_fkey FOREIGN KEY (user_org, user_code) REFERENCES "user" (org, code)
        DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE team (
    id       integer PRIMARY KEY,
    lead_id  integer NOT NULL REFERENCES "user" (id) DEFERRABLE
);
ALTER TABLE "user" ADD CONSTRAINT user_team_fkey FOREIGN KEY (team_id) REFERENCES team (id);
