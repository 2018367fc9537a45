-- options: modelCasing=none fieldCasing=none alwaysMap
-- No casing and @map/@@map everywhere; enum values get @map, the column enum has no @@map (it has no own name).
CREATE TABLE app_user (
    id          INT AUTO_INCREMENT PRIMARY KEY,
    `firstName` VARCHAR(50),
    role        ENUM('ADMIN', 'member') NOT NULL
);
