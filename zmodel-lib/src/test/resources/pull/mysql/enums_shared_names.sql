-- Column enums whose names collide with a model or with each other are made unique.
CREATE TABLE user (
    id      INT PRIMARY KEY,
    status  ENUM('active', 'banned') NOT NULL
);
CREATE TABLE user_status (
    id      INT PRIMARY KEY
);
CREATE TABLE `user-status` (
    id      INT PRIMARY KEY,
    kind    ENUM('a', 'b')
);
