-- An implicit many-to-many join table as Prisma creates it on MySQL: unique index on (A, B), index on B.
CREATE TABLE `Category` (
    id  INT AUTO_INCREMENT PRIMARY KEY
);
CREATE TABLE `Post` (
    id  INT AUTO_INCREMENT PRIMARY KEY
);
CREATE TABLE `_CategoryToPost` (
    `A` INT NOT NULL,
    `B` INT NOT NULL,
    UNIQUE INDEX `_CategoryToPost_AB_unique` (`A`, `B`),
    INDEX `_CategoryToPost_B_index` (`B`),
    CONSTRAINT `_CategoryToPost_A_fkey` FOREIGN KEY (`A`) REFERENCES `Category` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT `_CategoryToPost_B_fkey` FOREIGN KEY (`B`) REFERENCES `Post` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);
