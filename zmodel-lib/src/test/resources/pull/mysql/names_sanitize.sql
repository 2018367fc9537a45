-- Names are sanitized: leading non-letters dropped, invalid characters replaced by _, the database name kept with
-- @map/@@map; a column without any valid character gets a placeholder (zenstack) or is commented out (prisma).
CREATE TABLE `42User` (
    `_id`       INT AUTO_INCREMENT PRIMARY KEY,
    `two$two`   INT,
    `my col`    TEXT,
    `it's`      TEXT,
    `back``tick` TEXT,
    `größe`     INT,
    `名前`      TEXT
);
