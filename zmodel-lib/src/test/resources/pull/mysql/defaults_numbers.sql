-- Number and boolean defaults: integers, decimals keep their scale, floats, Boolean 0/1 and bit b'0'/b'1'.
CREATE TABLE reading (
    id          INT PRIMARY KEY,
    zero        INT DEFAULT 0,
    negative    INT DEFAULT -5,
    huge        BIGINT DEFAULT 9007199254740993,
    price       DECIMAL(10, 4) DEFAULT 1.5000,
    scaled      DECIMAL(10, 2) NOT NULL DEFAULT 0.00,
    ratio       DOUBLE DEFAULT 1.5,
    flag        TINYINT(1) NOT NULL DEFAULT 1,
    off_flag    BOOLEAN DEFAULT FALSE,
    bit_flag    BIT(1) DEFAULT b'1',
    computed    INT DEFAULT (1 + 2)
);
