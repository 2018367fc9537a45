-- Integer types: int and bigint are the defaults; smallint, mediumint, tinyint and unsigned variants are written;
-- tinyint(1) is Boolean unless its default is another number; year is Int @db.Year.
CREATE TABLE counter (
    id          INT NOT NULL PRIMARY KEY,
    regular     INT,
    positive    INT UNSIGNED,
    small       SMALLINT,
    small_u     SMALLINT UNSIGNED,
    medium      MEDIUMINT,
    medium_u    MEDIUMINT UNSIGNED,
    tiny        TINYINT,
    tiny_u      TINYINT UNSIGNED,
    flag        TINYINT(1) NOT NULL DEFAULT 0,
    not_flag    TINYINT(1) DEFAULT 5,
    big         BIGINT,
    big_u       BIGINT UNSIGNED,
    yr          YEAR
);
