-- Every MySQL/MariaDB type family, lengths/precision/scale, unsigned, inline ENUM/SET values, JSON (MariaDB:
-- LONGTEXT + json_valid CHECK), defaults as MariaDB prints them, AUTO_INCREMENT, ON UPDATE, generated
-- columns, collations and comments.
CREATE TABLE all_types (
    id            INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tiny          TINYINT NOT NULL DEFAULT 0,
    flag          TINYINT(1) NOT NULL DEFAULT 1,
    small_u       SMALLINT UNSIGNED,
    medium        MEDIUMINT,
    big_u         BIGINT UNSIGNED,
    dec_10_2      DECIMAL(10, 2) DEFAULT 0.00,
    dec_plain     DECIMAL,
    float_num     FLOAT,
    double_num    DOUBLE DEFAULT 1.5,
    bit_1         BIT(1) DEFAULT b'1',
    bit_8         BIT(8),
    code          CHAR(3),
    name          VARCHAR(255) NOT NULL DEFAULT 'it''s',
    null_text     VARCHAR(10) DEFAULT 'NULL',
    no_default    VARCHAR(10),
    tiny_text     TINYTEXT,
    body          TEXT,
    medium_text   MEDIUMTEXT,
    long_text     LONGTEXT,
    bin           BINARY(16),
    varbin        VARBINARY(64),
    tiny_blob     TINYBLOB,
    blob_col      BLOB,
    medium_blob   MEDIUMBLOB,
    long_blob     LONGBLOB,
    doc           JSON,
    kind          ENUM('a', 'b''c', 'with space') NOT NULL DEFAULT 'a',
    perms         SET('read', 'write'),
    day           DATE,
    at_time       TIME,
    at_time_3     TIME(3),
    created       DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    created_6     DATETIME(6),
    updated       TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    yr            YEAR,
    location      POINT,
    token         VARCHAR(36) DEFAULT (uuid()),
    exact         VARCHAR(20) COLLATE utf8mb4_bin,
    commented     INT COMMENT 'A column comment'
) COMMENT = 'Every type' DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE computed (
    id      BIGINT NOT NULL AUTO_INCREMENT,
    width   INT NOT NULL,
    height  INT NOT NULL,
    area    INT AS (width * height) VIRTUAL,
    volume  INT AS (width * height * 2) STORED,
    PRIMARY KEY (id)
);
