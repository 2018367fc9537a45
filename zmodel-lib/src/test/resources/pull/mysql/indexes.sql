-- Indexes: column order, sort: Desc, prefix length:, FULLTEXT (@@fulltext), SPATIAL (cannot be written: note and
-- warning), map: for names that are not {table}_{columns}_idx.
CREATE TABLE article (
    id        INT PRIMARY KEY,
    title     VARCHAR(200) NOT NULL,
    body      TEXT,
    score     INT,
    created   DATETIME NOT NULL,
    location  POINT NOT NULL,
    KEY article_score_created_idx (score DESC, created),
    KEY article_title_prefix (title(20)),
    KEY article_body_idx (body(50)),
    UNIQUE KEY article_title_key (title(100)),
    FULLTEXT KEY article_title_body_idx (title, body),
    FULLTEXT KEY article_search (body),
    SPATIAL KEY article_location (location)
);
