-- Date and time types: datetime(3) is the default DateTime; a plain datetime is datetime(0); time and timestamp
-- keep their precision; date.
CREATE TABLE event (
    id          INT PRIMARY KEY,
    day         DATE,
    at_time     TIME,
    at_time_3   TIME(3),
    created     DATETIME NOT NULL,
    created_3   DATETIME(3),
    created_6   DATETIME(6),
    stamp       TIMESTAMP NULL,
    stamp_6     TIMESTAMP(6) NULL
);
