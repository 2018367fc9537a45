-- Arrays become lists (never optional); the element type keeps its native type; timestamp arrays report no
-- precision; arrays of unsupported types are Unsupported("_<type>")[]; enum arrays are enum lists; several
-- dimensions are one list.
CREATE TYPE color AS ENUM ('red', 'green');
CREATE TABLE bag (
    id          integer PRIMARY KEY,
    tags        text[],
    required    text[] NOT NULL,
    counts      integer[],
    smalls      smallint[],
    bigs        bigint[],
    amounts     numeric(10, 2)[],
    flags       boolean[],
    names       varchar(20)[],
    codes       char(5)[],
    ids         uuid[],
    docs        jsonb[],
    raw_docs    json[],
    blobs       bytea[],
    days        date[],
    moments     timestamptz[],
    ratios      real[],
    colors      color[],
    spans       interval[],
    matrix      integer[][]
);
