-- Virtual tables (FTS5 with an external content table and its sync triggers, FTS4, R*Tree): ZModel cannot express
-- them. They are not models, and neither are the shadow tables SQLite keeps their data in (post_fts_data,
-- doc_segdir, box_node, ...): db pull names each virtual table with its USING clause in a VIRTUAL_TABLE warning.
-- The content table is an ordinary model.
CREATE TABLE post (
    id    INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    body  TEXT NOT NULL
);

CREATE VIRTUAL TABLE post_fts USING fts5(title, body, content='post', content_rowid='id');

CREATE TRIGGER post_ai AFTER INSERT ON post BEGIN
    INSERT INTO post_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER post_ad AFTER DELETE ON post BEGIN
    INSERT INTO post_fts(post_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;

CREATE VIRTUAL TABLE doc USING fts4(body, tokenize=porter);

CREATE VIRTUAL TABLE place_box USING rtree(id, min_x, max_x, min_y, max_y);
