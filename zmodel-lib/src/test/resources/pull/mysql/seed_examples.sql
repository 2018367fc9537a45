-- Prisma's documented examples on MySQL: sanitized names, a one-to-one and a one-to-many relation, two foreign
-- keys between Post and User.
CREATE TABLE `42User` (
    `_id` INT AUTO_INCREMENT PRIMARY KEY,
    `_name` VARCHAR(255),
    `two$two` INT
);
CREATE TABLE `User` (
    id INT AUTO_INCREMENT PRIMARY KEY
);
CREATE TABLE `Profile` (
    id INT AUTO_INCREMENT PRIMARY KEY,
    `user` INT NOT NULL UNIQUE,
    FOREIGN KEY (`user`) REFERENCES `User`(id)
);
CREATE TABLE `Post` (
    id INT AUTO_INCREMENT PRIMARY KEY,
    `author` INT NOT NULL,
    `favoritedBy` INT,
    FOREIGN KEY (`author`) REFERENCES `User`(id),
    FOREIGN KEY (`favoritedBy`) REFERENCES `User`(id)
);
