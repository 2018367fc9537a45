-- Index methods (type: Hash|Gist|Gin|SpGist|Brin, BTree not written) and operator classes: known ones as
-- IndexOperatorClass members, others as raw("…"); a B-tree operator class cannot be written (warning, index kept).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE place (
    id        integer PRIMARY KEY,
    name      text NOT NULL,
    email     varchar(200) NOT NULL,
    tags      text[],
    doc       jsonb,
    location  point,
    during    tsrange,
    created   timestamp(3) NOT NULL
);
CREATE INDEX place_name_idx ON place USING hash (name);
CREATE INDEX place_tags_idx ON place USING gin (tags);
CREATE INDEX place_doc_idx ON place USING gin (doc jsonb_path_ops);
CREATE INDEX place_name_trgm ON place USING gin (name gin_trgm_ops);
CREATE INDEX place_location_idx ON place USING gist (location);
CREATE INDEX place_during_idx ON place USING spgist (during);
CREATE INDEX place_created_idx ON place USING brin (created);
CREATE INDEX place_email_pattern ON place (email varchar_pattern_ops);
