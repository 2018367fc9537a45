-- Foreign keys: named (CONSTRAINT name FOREIGN KEY / CONSTRAINT name REFERENCES) and unnamed (inline
-- REFERENCES), composite with column order by position, referencing the primary key implicitly, self
-- references, several FKs between two tables, a cycle, actions, DEFERRABLE INITIALLY DEFERRED; CHECKs.
CREATE TABLE user (
    id       INTEGER PRIMARY KEY,
    org      INTEGER NOT NULL,
    code     TEXT NOT NULL,
    manager  INTEGER REFERENCES user (id) ON DELETE SET NULL,
    team_id  INTEGER CONSTRAINT user_team_fkey REFERENCES team,
    UNIQUE (org, code)
);
CREATE TABLE message (
    id            INTEGER PRIMARY KEY,
    sender_id     INTEGER NOT NULL REFERENCES user (id) ON DELETE CASCADE ON UPDATE CASCADE,
    recipient_id  INTEGER NOT NULL,
    user_code     TEXT,
    user_org      INTEGER,
    body          TEXT CHECK (length(body) < 1000),
    CONSTRAINT message_recipient FOREIGN KEY (recipient_id) REFERENCES user (id) ON DELETE RESTRICT,
    CONSTRAINT "message author" FOREIGN KEY (user_org, user_code) REFERENCES user (org, code)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT body_not_empty CHECK (body <> '')
);
CREATE TABLE team (
    id       INTEGER PRIMARY KEY,
    lead_id  INTEGER NOT NULL,
    FOREIGN KEY (lead_id) REFERENCES user (id) ON DELETE SET DEFAULT
);
