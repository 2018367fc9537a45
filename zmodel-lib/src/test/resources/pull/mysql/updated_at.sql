-- @updatedAt for DateTime columns named updatedAt/updated_at (zenstack preset).
CREATE TABLE article (
    id          INT AUTO_INCREMENT PRIMARY KEY,
    created_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  DATETIME(3) NOT NULL,
    `updatedAt` INT
);
