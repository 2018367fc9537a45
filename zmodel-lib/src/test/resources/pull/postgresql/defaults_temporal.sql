-- Date/time defaults: now() and CURRENT_TIMESTAMP are now(); CURRENT_DATE, CURRENT_TIME, LOCALTIMESTAMP, literals
-- and arithmetic are dbgenerated; unsupported types keep their default as dbgenerated.
CREATE TABLE schedule (
    id          integer PRIMARY KEY,
    created     timestamp(3) NOT NULL DEFAULT now(),
    created_tz  timestamptz DEFAULT CURRENT_TIMESTAMP,
    day         date DEFAULT CURRENT_DATE,
    day_now     date DEFAULT now(),
    at          time DEFAULT CURRENT_TIME,
    local       timestamp DEFAULT LOCALTIMESTAMP,
    fixed       timestamp DEFAULT '2020-01-01 00:00:00',
    fixed_day   date DEFAULT '2020-01-01',
    due         timestamp(3) DEFAULT now() + interval '14 days',
    span        interval DEFAULT '1 day'
);
