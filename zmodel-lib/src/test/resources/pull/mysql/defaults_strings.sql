-- String defaults: quotes and backslash escapes decoded and re-escaped; expressions are dbgenerated("(…)").
CREATE TABLE greeting (
    id          INT PRIMARY KEY,
    plain       VARCHAR(50) DEFAULT 'hello',
    quoted      VARCHAR(50) DEFAULT 'it''s "quoted"',
    backslash   VARCHAR(50) DEFAULT 'line\nnext\\back',
    empty       VARCHAR(50) DEFAULT '',
    null_word   VARCHAR(50) DEFAULT 'NULL',
    no_default  VARCHAR(50) DEFAULT NULL,
    token       VARCHAR(36) DEFAULT (uuid()),
    joined      VARCHAR(50) DEFAULT (concat('a', 'b')),
    body        TEXT DEFAULT 'x'
);
