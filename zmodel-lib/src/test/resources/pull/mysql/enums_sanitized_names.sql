-- A MySQL enum is named after its table and column; when that name {table}_{column} is not a valid identifier the
-- enum gets @@map with it (Prisma's rule), in both presets.
CREATE TABLE `order-item` (
    id      INT PRIMARY KEY,
    `state` ENUM('new', 'done') NOT NULL DEFAULT 'new'
);
CREATE TABLE parcel (
    id        INT PRIMARY KEY,
    `größe`   ENUM('S', 'M', 'L'),
    kind      ENUM('box', 'letter')
);
