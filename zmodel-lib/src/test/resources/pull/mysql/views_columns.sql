-- options: previewViews
-- View columns: nullability and defaults as the catalog reports them for the view, which follows the base columns
-- (MySQL 8 and MariaDB); an expression column is nullable without a default.
CREATE TABLE task (
    id      INT PRIMARY KEY AUTO_INCREMENT,
    title   VARCHAR(100) NOT NULL DEFAULT 'untitled',
    points  INT DEFAULT 5,
    state   ENUM('open', 'done') NOT NULL DEFAULT 'open'
);
CREATE VIEW open_task AS SELECT id, title, points, state, CONCAT(title, '!') AS shout FROM task WHERE state = 'open';
