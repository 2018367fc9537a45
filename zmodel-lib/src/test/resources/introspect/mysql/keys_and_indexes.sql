-- PRIMARY keys (composite), unique indexes, index column order, DESC, prefix lengths, FULLTEXT, SPATIAL.
CREATE TABLE article (
    id        INT NOT NULL,
    tenant    INT NOT NULL,
    slug      VARCHAR(100) NOT NULL,
    title     VARCHAR(200) NOT NULL,
    body      TEXT,
    score     INT,
    created   DATETIME NOT NULL,
    location  POINT NOT NULL,
    PRIMARY KEY (tenant, id),
    UNIQUE KEY article_slug_key (slug),
    UNIQUE KEY article_tenant_title (tenant, title),
    KEY article_score_created_idx (score DESC, created),
    KEY article_title_prefix (title(20)),
    KEY article_body_prefix (body(50), score),
    FULLTEXT KEY article_fulltext (title, body),
    SPATIAL KEY article_location (location)
);
CREATE TABLE no_key (value TEXT);
