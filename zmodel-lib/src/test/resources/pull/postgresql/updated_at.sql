-- The zenstack preset marks DateTime columns named updatedAt/updated_at with @updatedAt (the prisma preset does
-- not); other types and names are left alone.
CREATE TABLE article (
    id          serial PRIMARY KEY,
    created_at  timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE note (
    id           serial PRIMARY KEY,
    "updatedAt"  timestamptz
);
CREATE TABLE revision (
    id          serial PRIMARY KEY,
    updated_at  integer,
    updated_on  timestamp(3)
);
