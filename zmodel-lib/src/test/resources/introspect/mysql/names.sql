-- Identifiers that need quoting: spaces, quotes, backticks, $, unicode, reserved words, mixed case, and the
-- 64-character MySQL limit.
CREATE TABLE `order` (
    `select`      INT PRIMARY KEY,
    `Group By`    TEXT,
    `say "hi"`    TEXT,
    `it's`        TEXT,
    `back``tick`  TEXT,
    `price$`      INT,
    `größe`       INT,
    `名前`        TEXT,
    `CamelCase`   TEXT
);
CREATE TABLE `table_name_that_is_exactly_sixty_four_characters_long_abcdefghij` (
    `column_name_that_is_exactly_sixty_four_characters_long_abcdefghi` INT NOT NULL,
    PRIMARY KEY (`column_name_that_is_exactly_sixty_four_characters_long_abcdefghi`),
    KEY `index_name_that_is_exactly_sixty_four_characters_long_abcdefghij`
        (`column_name_that_is_exactly_sixty_four_characters_long_abcdefghi`)
);
CREATE TABLE `my table` (
    `id`         INT PRIMARY KEY,
    `order ref`  INT,
    CONSTRAINT `my fk` FOREIGN KEY (`order ref`) REFERENCES `order` (`select`)
);
CREATE TABLE `Ünïcödé` (`ключ` INT PRIMARY KEY);
CREATE TABLE `B` (id INT PRIMARY KEY);
CREATE TABLE `a` (id INT PRIMARY KEY);
