-- Character and string-like types: varchar with and without length, char (bpchar), the internal "char", uuid,
-- xml, inet, citext (an extension type), bit and bit varying; name is Unsupported.
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE document (
    id             uuid PRIMARY KEY,
    body           text,
    title          varchar(255) NOT NULL,
    unbounded      varchar,
    code           char(3),
    one_char       char,
    internal_char  "char",
    markup         xml,
    address        inet,
    email          citext,
    flags          bit(8),
    one_bit        bit,
    more_flags     bit varying(16),
    any_flags      bit varying,
    system_name    name
);
