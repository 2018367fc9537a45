-- Tables without a usable identifier are @@ignore'd with Prisma's note: no key at all, a unique constraint on a
-- nullable column, a unique index on an unsupported column; a unique constraint on required columns is enough.
CREATE TABLE log_entry (
    message  text,
    at       timestamp
);
CREATE TABLE maybe_unique (
    code  text UNIQUE,
    name  text
);
CREATE TABLE network (
    range  cidr NOT NULL UNIQUE
);
CREATE TABLE keyed_by_unique (
    tenant  integer NOT NULL,
    code    text NOT NULL,
    UNIQUE (tenant, code)
);
