-- bpchar without a length is unbounded: @db.Char without an argument; char and character without a length are
-- char(1). Array defaults are read as array literals in every spelling PostgreSQL prints ('{…}' with quoted items,
-- ARRAY[…], empty, numeric). Any nextval(…) default on an integer column is autoincrement(), whatever the sequence
-- is called and however the regclass is cast; on another type it stays dbgenerated.
CREATE SEQUENCE "third_Sequence";
CREATE SEQUENCE voucher_numbers;
CREATE TABLE voucher (
    id          integer PRIMARY KEY DEFAULT nextval(('"third_Sequence"'::text)::regclass),
    serial_no   bigint NOT NULL DEFAULT nextval('voucher_numbers'::regclass),
    label       text DEFAULT ('V-' || nextval('voucher_numbers')::text),
    free_code   bpchar,
    free_codes  bpchar[],
    one_letter  char,
    one_char    character,
    triple      character(3) DEFAULT 'abc',
    single_tag  text[] DEFAULT '{abc}',
    two_tags    text[] DEFAULT '{abc,def}',
    tricky      text[] DEFAULT '{"a,b","say \"hi\"","back\\slash","{braces}"," padded "}',
    spelled     varchar(20)[] DEFAULT ARRAY['red'::character varying, 'green'::character varying],
    built       text[] DEFAULT ARRAY['x', 'y''z'],
    empty_lit   text[] NOT NULL DEFAULT '{}',
    empty_arr   integer[] NOT NULL DEFAULT ARRAY[]::integer[],
    amounts     numeric(8,2)[] DEFAULT '{1.50,-2.25}',
    counts      bigint[] DEFAULT ARRAY[1, -2, 3],
    ratios      real[] DEFAULT '{0.5,1e3}',
    padded      char(2)[] DEFAULT '{ab,c}'
);
