-- JSON (MariaDB: a LONGTEXT with a json_valid check, reported as json) is Json; spatial types are
-- Unsupported("<type>").
CREATE TABLE place (
    id        INT PRIMARY KEY,
    attrs     JSON,
    location  POINT,
    area      POLYGON,
    shape     GEOMETRY
);
