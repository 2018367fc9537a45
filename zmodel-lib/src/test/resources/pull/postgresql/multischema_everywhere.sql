-- schemas: public, sales
-- options: previewViews
-- With a schemas list the prisma preset writes @@schema on every model, view and enum, the default schema's
-- (public) included, as Prisma requires; the zenstack preset only outside the default schema.
CREATE SCHEMA sales;
CREATE TYPE public.tier AS ENUM ('basic', 'gold');
CREATE TYPE sales.stage AS ENUM ('lead', 'won');
CREATE TABLE public.member (
    id    integer PRIMARY KEY,
    tier  tier NOT NULL
);
CREATE TABLE sales.deal (
    id         integer PRIMARY KEY,
    member_id  integer NOT NULL REFERENCES public.member (id),
    stage      sales.stage NOT NULL
);
CREATE VIEW public.gold_members AS SELECT id FROM public.member WHERE tier = 'gold';
CREATE VIEW sales.won_deals AS SELECT id, member_id FROM sales.deal WHERE stage = 'won';
