-- CHECK and EXCLUDE constraints cannot be written in ZModel: a note with Prisma's sentence and the constraints,
-- and a warning per constraint.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE booking (
    id      integer PRIMARY KEY,
    room    integer NOT NULL CHECK (room > 0),
    during  tsrange NOT NULL,
    price   numeric(8, 2) NOT NULL,
    CONSTRAINT price_positive CHECK (price > 0),
    CONSTRAINT booking_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)
);
