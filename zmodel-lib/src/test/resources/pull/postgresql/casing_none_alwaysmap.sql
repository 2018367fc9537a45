-- options: modelCasing=none fieldCasing=none alwaysMap
-- No casing: names stay as in the database (still sanitized); alwaysMap writes @map/@@map even where the name did
-- not change.
CREATE TABLE app_user (
    id          serial PRIMARY KEY,
    "firstName" text,
    last_name   text,
    "my field"  integer
);
CREATE TYPE user_role AS ENUM ('ADMIN', 'member');
CREATE TABLE membership (
    id       serial PRIMARY KEY,
    user_id  integer NOT NULL REFERENCES app_user (id),
    role     user_role NOT NULL
);
