-- Table and column comments become /// documentation.
CREATE TABLE product (
    id     INT PRIMARY KEY COMMENT 'The key',
    name   VARCHAR(100) NOT NULL COMMENT 'Display name, "quoted"'
) COMMENT = 'Things we sell';
