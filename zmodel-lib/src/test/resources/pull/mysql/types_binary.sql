-- Binary types: longblob is the default Bytes; binary, varbinary, tinyblob, blob, mediumblob are written; bit(1)
-- is Boolean, wider bits are Bytes.
CREATE TABLE file (
    id          INT PRIMARY KEY,
    hash        BINARY(16) NOT NULL,
    token       VARBINARY(64),
    thumb       TINYBLOB,
    data        BLOB,
    medium      MEDIUMBLOB,
    large       LONGBLOB,
    is_public   BIT(1) NOT NULL DEFAULT b'0',
    mask        BIT(8)
);
