-- The prisma preset pulls views only when the generator enables Prisma's views preview feature (Prisma's rule):
-- without it the view is left out with a VIEW_SKIPPED warning. The zenstack preset always pulls views.
CREATE TABLE city (
    id    integer PRIMARY KEY,
    name  text NOT NULL
);
CREATE VIEW city_names AS SELECT name FROM city;
