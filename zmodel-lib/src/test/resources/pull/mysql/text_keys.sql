-- String primary keys with uuid() defaults and char keys referenced by foreign keys.
CREATE TABLE country (
    code  CHAR(2) NOT NULL PRIMARY KEY,
    name  VARCHAR(100) NOT NULL
);
CREATE TABLE city (
    id            VARCHAR(36) NOT NULL DEFAULT (uuid()) PRIMARY KEY,
    country_code  CHAR(2) NOT NULL,
    CONSTRAINT city_country_code_fkey FOREIGN KEY (country_code) REFERENCES country (code) ON DELETE RESTRICT ON UPDATE CASCADE
);
