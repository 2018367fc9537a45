-- An enum some of whose values cannot be sanitized into an identifier stays an enum: the zenstack preset names the
-- value valueN with @map, the prisma preset comments it out (as Prisma does). Defaults that use a commented-out
-- value become dbgenerated(…), scalar and list; defaults of the other values stay enum members.
CREATE TYPE rating AS ENUM ('★', 'good', '☆☆', 'A+');
CREATE TABLE review (
    id        integer PRIMARY KEY,
    stars     rating NOT NULL DEFAULT '★',
    fallback  rating DEFAULT 'good',
    history   rating[] DEFAULT '{☆☆,good}',
    plain     rating[] DEFAULT ARRAY['A+'::rating]
);
