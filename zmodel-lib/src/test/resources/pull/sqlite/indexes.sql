-- Indexes: column order, sort: Desc, map: for names that are not {table}_{columns}_idx.
CREATE TABLE score (
    id       INTEGER PRIMARY KEY,
    player   TEXT NOT NULL,
    points   INTEGER,
    created  TEXT NOT NULL
);
CREATE INDEX score_points_created_idx ON score (points DESC, created);
CREATE INDEX by_player ON score (player);
CREATE INDEX score_created_idx ON score (created);
