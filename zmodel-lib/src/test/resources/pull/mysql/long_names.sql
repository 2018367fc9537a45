-- Default constraint names are cut to MySQL's 64-character limit before the suffix: these unique, foreign key and
-- index names are the defaults and need no map:.
CREATE TABLE table_name_that_is_long_enough_to_need_truncation_abcdefgh (
    id                                          INT PRIMARY KEY,
    column_name_that_is_also_quite_long_abcdef  INT NOT NULL,
    UNIQUE KEY table_name_that_is_long_enough_to_need_truncation_abcdefgh_c_key (column_name_that_is_also_quite_long_abcdef)
);
CREATE TABLE child_with_a_long_name (
    id                                           INT PRIMARY KEY,
    parent_reference_column_with_a_long_name_xy  INT NOT NULL,
    KEY child_with_a_long_name_parent_reference_column_with_a_long_n_idx (parent_reference_column_with_a_long_name_xy),
    CONSTRAINT child_with_a_long_name_parent_reference_column_with_a_long__fkey
        FOREIGN KEY (parent_reference_column_with_a_long_name_xy)
        REFERENCES table_name_that_is_long_enough_to_need_truncation_abcdefgh (id) ON DELETE RESTRICT ON UPDATE CASCADE
);
