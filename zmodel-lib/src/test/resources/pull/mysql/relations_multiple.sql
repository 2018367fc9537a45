-- Several foreign keys between two tables: relation names; the constraint names are not the defaults (map:).
CREATE TABLE `user` (
    id  INT AUTO_INCREMENT PRIMARY KEY
);
CREATE TABLE message (
    id            INT AUTO_INCREMENT PRIMARY KEY,
    sender_id     INT NOT NULL,
    recipient_id  INT NOT NULL,
    CONSTRAINT message_sender FOREIGN KEY (sender_id) REFERENCES `user` (id),
    CONSTRAINT message_recipient FOREIGN KEY (recipient_id) REFERENCES `user` (id)
);
