-- One-to-many with Prisma's default actions (ON DELETE RESTRICT / SET NULL, ON UPDATE CASCADE) and default
-- constraint names: nothing extra is written. MySQL indexes each foreign key (named after the constraint): the
-- prisma preset writes that index, the zenstack preset leaves it out.
CREATE TABLE author (
    id    INT AUTO_INCREMENT PRIMARY KEY,
    name  VARCHAR(100) NOT NULL
);
CREATE TABLE post (
    id         INT AUTO_INCREMENT PRIMARY KEY,
    title      VARCHAR(200) NOT NULL,
    author_id  INT NOT NULL,
    CONSTRAINT post_author_id_fkey FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE RESTRICT ON UPDATE CASCADE
);
