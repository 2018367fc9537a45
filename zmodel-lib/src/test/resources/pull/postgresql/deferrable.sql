-- DEFERRABLE foreign keys and unique constraints are kept without the deferral, with a note and a warning.
CREATE TABLE node (
    id         integer PRIMARY KEY,
    code       text NOT NULL,
    next_id    integer,
    CONSTRAINT node_code_key UNIQUE (code) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT node_next_id_fkey FOREIGN KEY (next_id) REFERENCES node (id) DEFERRABLE
);
