-- AUTO_INCREMENT is autoincrement(), also on a column that is not the primary key (it needs an index).
CREATE TABLE counter (
    id      BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    label   VARCHAR(20)
);
CREATE TABLE numbered (
    code    VARCHAR(10) NOT NULL PRIMARY KEY,
    seq     INT NOT NULL AUTO_INCREMENT,
    KEY numbered_seq_idx (seq)
);
