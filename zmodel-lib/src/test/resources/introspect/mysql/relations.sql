-- Foreign keys: composite (column order by position), self references, several FKs between two tables, a
-- cycle, referential actions; MySQL's implicit FK indexes are reported like any other index.
CREATE TABLE `user` (
    id       INT PRIMARY KEY,
    org      INT NOT NULL,
    code     VARCHAR(20) NOT NULL,
    manager  INT,
    team_id  INT,
    UNIQUE KEY user_org_code (org, code),
    CONSTRAINT user_manager_fkey FOREIGN KEY (manager) REFERENCES `user` (id) ON DELETE SET NULL
);
CREATE TABLE message (
    id            INT PRIMARY KEY,
    sender_id     INT NOT NULL,
    recipient_id  INT NOT NULL,
    user_code     VARCHAR(20),
    user_org      INT,
    CONSTRAINT message_sender FOREIGN KEY (sender_id) REFERENCES `user` (id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT message_recipient FOREIGN KEY (recipient_id) REFERENCES `user` (id) ON DELETE RESTRICT,
    CONSTRAINT message_author_fkey FOREIGN KEY (user_org, user_code) REFERENCES `user` (org, code)
);
CREATE TABLE team (
    id       INT PRIMARY KEY,
    lead_id  INT NOT NULL,
    CONSTRAINT team_lead FOREIGN KEY (lead_id) REFERENCES `user` (id)
);
ALTER TABLE `user` ADD CONSTRAINT user_team_fkey FOREIGN KEY (team_id) REFERENCES team (id);
