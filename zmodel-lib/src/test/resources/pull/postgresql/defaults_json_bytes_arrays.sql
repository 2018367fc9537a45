-- JSON defaults are strings, bytea defaults base64 strings (as Prisma writes them), array defaults lists (both
-- ARRAY[…] and '{…}' forms); NULL elements and nested arrays stay dbgenerated. A Json default that is an expression
-- has no @default (ZenStack accepts only JSON strings there): a note and a JSON_DEFAULT warning, the database keeps it.
CREATE TABLE setting (
    id          integer PRIMARY KEY,
    doc         jsonb NOT NULL DEFAULT '{}',
    nested      jsonb DEFAULT '{"a": [1, "b"]}',
    raw         json DEFAULT '[]',
    built       jsonb DEFAULT jsonb_build_object('k', 1),
    built_list  jsonb[] DEFAULT ARRAY[jsonb_build_object('k', 2)],
    docs        jsonb[] DEFAULT ARRAY['{}'::jsonb, '[1]'::jsonb],
    magic       bytea DEFAULT '\xdeadbeef',
    labels      text[] DEFAULT ARRAY['a', 'b''c'],
    words       text[] DEFAULT '{"x y",z}',
    none        text[] NOT NULL DEFAULT '{}',
    numbers     integer[] DEFAULT '{1,2,3}',
    holes       integer[] DEFAULT '{1,NULL}',
    grid        integer[] DEFAULT '{{1,2},{3,4}}',
    switches    boolean[] DEFAULT '{t,f}',
    weights     double precision[] DEFAULT '{1.5,2}'
);
