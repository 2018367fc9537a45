-- A self many-to-many relation, named after the join table.
CREATE TABLE person (
    id  INT AUTO_INCREMENT PRIMARY KEY
);
CREATE TABLE `_Follows` (
    `A` INT NOT NULL,
    `B` INT NOT NULL,
    UNIQUE INDEX `_Follows_AB_unique` (`A`, `B`),
    INDEX `_Follows_B_index` (`B`),
    FOREIGN KEY (`A`) REFERENCES person (id) ON DELETE CASCADE ON UPDATE CASCADE,
    FOREIGN KEY (`B`) REFERENCES person (id) ON DELETE CASCADE ON UPDATE CASCADE
);
