-- String defaults: quotes and escapes decoded and re-escaped for ZModel, casts eaten; expressions (functions,
-- operators, special values) become dbgenerated("…"), never a string; a NULL default is no default.
CREATE TABLE greeting (
    id          integer PRIMARY KEY,
    plain       text DEFAULT 'hello',
    quoted      text DEFAULT 'it''s "quoted"',
    escaped     text DEFAULT E'line\nnext\ttab \\ back',
    empty       text DEFAULT '',
    null_word   text DEFAULT 'NULL',
    no_default  text DEFAULT NULL,
    sized       varchar(10) DEFAULT 'abc',
    fixed       char(3) DEFAULT 'abc',
    lowered     text DEFAULT lower('ABC'),
    joined      text DEFAULT 'a' || 'b',
    who         text DEFAULT CURRENT_USER,
    stamped     text DEFAULT now()::text,
    uid         uuid DEFAULT gen_random_uuid(),
    fixed_uid   uuid DEFAULT '00000000-0000-0000-0000-000000000000'
);
