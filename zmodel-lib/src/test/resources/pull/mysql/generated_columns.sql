-- Generated columns (VIRTUAL and STORED) are Unsupported("<type> GENERATED ALWAYS AS (<expr>) …").
CREATE TABLE box (
    id      INT PRIMARY KEY,
    width   INT NOT NULL,
    height  INT NOT NULL,
    area    INT AS (width * height) VIRTUAL,
    volume  INT AS (width * height * 2) STORED
);
