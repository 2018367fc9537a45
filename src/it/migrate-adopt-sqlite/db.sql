-- A small music store on SQLite before adoption: inline UNIQUE, NVARCHAR, AUTOINCREMENT and plain rowid aliases,
-- BIGINT keys referencing INTEGER PRIMARY KEYs, a generated column, a check, a partial index, a trigger and a view,
-- with data.
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
INSERT INTO artist (name) VALUES ('AC/DC'), ('Accept');
INSERT INTO album (artist_id, title, released) VALUES (1, 'For Those About To Rock', 1981), (2, 'Balls to the Wall', 1983);
INSERT INTO track (album_id, name, milliseconds) VALUES (1, 'For Those About To Rock', 343719), (2, 'Balls to the Wall', 342562);
