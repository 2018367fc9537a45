-- Index column order and sort: sort: Desc; non-default NULLS FIRST/LAST cannot be written (note, warning, index
-- kept); default names {table}_{columns}_idx need no map:.
CREATE TABLE score (
    id       integer PRIMARY KEY,
    player   text NOT NULL,
    points   integer,
    created  timestamp(3) NOT NULL
);
CREATE INDEX score_points_created_idx ON score (points DESC, created);
CREATE INDEX score_player_points_idx ON score (player, points DESC NULLS LAST);
CREATE INDEX by_points_nulls_first ON score (points NULLS FIRST);
CREATE INDEX by_created_desc ON score (created DESC NULLS FIRST);
