-- Date and time types: timestamp(3) is the default DateTime; a plain timestamp has precision 6; time, timetz and
-- timestamptz keep their precision; interval is Unsupported.
CREATE TABLE event (
    id            integer PRIMARY KEY,
    day           date,
    at_time       time,
    at_time_3     time(3),
    at_timetz     timetz,
    at_timetz_0   timetz(0),
    created       timestamp NOT NULL,
    created_3     timestamp(3),
    created_0     timestamp(0),
    created_tz    timestamptz,
    created_tz_3  timestamptz(3),
    duration      interval
);
