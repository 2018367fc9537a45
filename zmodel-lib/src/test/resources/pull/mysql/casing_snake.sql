-- options: modelCasing=snake fieldCasing=snake
-- Snake casing; the enum of an ENUM column is named after table and column in model casing.
CREATE TABLE `OrderItem` (
    id          INT AUTO_INCREMENT PRIMARY KEY,
    `orderId`   INT NOT NULL,
    `unitPrice` DECIMAL(10, 2) NOT NULL,
    `itemState` ENUM('Open', 'Shipped') NOT NULL
);
