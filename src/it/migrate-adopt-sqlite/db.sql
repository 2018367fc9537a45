-- A small music store on SQLite before adoption: inline UNIQUE, NVARCHAR, AUTOINCREMENT and plain rowid aliases,
-- BIGINT keys referencing INTEGER PRIMARY KEYs, a generated column, a check, a partial index, a trigger, a view and
-- a full-text index (an FTS5 virtual table over track, kept in sync by triggers), with data.
CREATE TABLE artist (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    name NVARCHAR(120) NOT NULL UNIQUE
);
CREATE TABLE album (
    id        INTEGER PRIMARY KEY,
    artist_id BIGINT NOT NULL REFERENCES artist (id) ON DELETE CASCADE,
    title     NVARCHAR(160) NOT NULL,
    released  INTEGER CHECK (released > 1900)
);
CREATE TABLE track (
    id           INTEGER PRIMARY KEY,
    album_id     BIGINT REFERENCES album (id),
    name         NVARCHAR(200) NOT NULL,
    milliseconds INTEGER NOT NULL,
    unit_price   NUMERIC(10, 2) NOT NULL DEFAULT 0.99,
    seconds      INTEGER GENERATED ALWAYS AS (milliseconds / 1000) VIRTUAL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX track_live_name ON track (name) WHERE deleted = 0;
CREATE TABLE play_log (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    track_id BIGINT NOT NULL REFERENCES track (id),
    at       TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TRIGGER track_played AFTER UPDATE OF milliseconds ON track
BEGIN
    INSERT INTO play_log (track_id) VALUES (NEW.id);
END;
CREATE VIEW album_length AS
    SELECT a.id, a.title, sum(t.milliseconds) AS milliseconds FROM album a JOIN track t ON t.album_id = a.id
    GROUP BY a.id, a.title;
CREATE VIRTUAL TABLE track_search USING fts5(name, content='track', content_rowid='id');
CREATE TRIGGER track_search_ai AFTER INSERT ON track BEGIN
    INSERT INTO track_search(rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER track_search_ad AFTER DELETE ON track BEGIN
    INSERT INTO track_search(track_search, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER track_search_au AFTER UPDATE OF name ON track BEGIN
    INSERT INTO track_search(track_search, rowid, name) VALUES ('delete', old.id, old.name);
    INSERT INTO track_search(rowid, name) VALUES (new.id, new.name);
END;
INSERT INTO artist (name) VALUES ('AC/DC'), ('Accept');
INSERT INTO album (artist_id, title, released) VALUES (1, 'For Those About To Rock', 1981), (2, 'Balls to the Wall', 1983);
INSERT INTO track (album_id, name, milliseconds) VALUES (1, 'For Those About To Rock', 343719), (2, 'Balls to the Wall', 342562);
