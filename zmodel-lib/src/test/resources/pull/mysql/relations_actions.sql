-- Referential actions: MySQL reports RESTRICT for an unspecified action, so a plain FOREIGN KEY gets
-- onUpdate: Restrict; CASCADE, SET NULL, NO ACTION.
CREATE TABLE parent (
    id  INT PRIMARY KEY
);
CREATE TABLE child (
    id  INT PRIMARY KEY,
    a   INT NOT NULL,
    b   INT,
    c   INT NOT NULL,
    d   INT,
    CONSTRAINT child_a_fkey FOREIGN KEY (a) REFERENCES parent (id),
    CONSTRAINT child_b_fkey FOREIGN KEY (b) REFERENCES parent (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT child_c_fkey FOREIGN KEY (c) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT child_d_fkey FOREIGN KEY (d) REFERENCES parent (id) ON DELETE NO ACTION ON UPDATE SET NULL
);
