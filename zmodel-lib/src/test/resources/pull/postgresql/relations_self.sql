-- Self relations: an employee's manager (one-to-many) and a mentor (one-to-one); self relations always get a
-- relation name.
CREATE TABLE employee (
    id          serial PRIMARY KEY,
    name        text NOT NULL,
    manager_id  integer REFERENCES employee (id),
    mentor      integer UNIQUE REFERENCES employee (id)
);
CREATE TABLE category (
    id         serial PRIMARY KEY,
    parent_id  integer REFERENCES category (id) ON DELETE CASCADE
);
