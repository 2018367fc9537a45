-- DEFERRABLE foreign keys are kept without the deferral, with a note and a warning.
CREATE TABLE node (
    id       INTEGER PRIMARY KEY,
    next_id  INTEGER REFERENCES node (id) DEFERRABLE INITIALLY DEFERRED
);
