-- Two foreign keys over the same columns to the same table: one relation (the first by name), a note and a
-- warning for the other.
CREATE TABLE parent (
    id  INT PRIMARY KEY
);
CREATE TABLE child (
    id         INT PRIMARY KEY,
    parent_id  INT NOT NULL,
    CONSTRAINT child_a FOREIGN KEY (parent_id) REFERENCES parent (id),
    CONSTRAINT child_b FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE
);
