-- One-to-one: the key is unique (or the primary key); the back field is optional.
CREATE TABLE account (
    id  INT AUTO_INCREMENT PRIMARY KEY
);
CREATE TABLE profile (
    id          INT AUTO_INCREMENT PRIMARY KEY,
    account_id  INT NOT NULL,
    UNIQUE KEY profile_account_id_key (account_id),
    CONSTRAINT profile_account_id_fkey FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE settings (
    account_id  INT NOT NULL PRIMARY KEY,
    theme       VARCHAR(20) NOT NULL,
    CONSTRAINT settings_account_id_fkey FOREIGN KEY (account_id) REFERENCES account (id)
);
