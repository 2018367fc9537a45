-- MySQL's foreign key indexes: named after the constraint (prisma: @@index(map:), zenstack: left out), default
-- named {table}_{column}_idx (prisma: @@index without map:), or an index of the user's that also serves the key
-- (kept by both presets).
CREATE TABLE owner (
    id  INT PRIMARY KEY
);
CREATE TABLE pet (
    id        INT PRIMARY KEY,
    owner_id  INT NOT NULL,
    vet_id    INT,
    sitter_id INT,
    KEY pet_vet_id_idx (vet_id),
    KEY pet_by_sitter (sitter_id, id),
    CONSTRAINT pet_owner FOREIGN KEY (owner_id) REFERENCES owner (id) ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT pet_vet FOREIGN KEY (vet_id) REFERENCES owner (id) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT pet_sitter FOREIGN KEY (sitter_id) REFERENCES owner (id) ON DELETE SET NULL ON UPDATE CASCADE
);
