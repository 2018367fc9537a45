-- Self relations always get a relation name.
CREATE TABLE employee (
    id          INT AUTO_INCREMENT PRIMARY KEY,
    manager_id  INT,
    CONSTRAINT employee_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES employee (id) ON DELETE SET NULL ON UPDATE CASCADE
);
