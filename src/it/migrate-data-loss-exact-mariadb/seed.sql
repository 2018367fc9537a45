INSERT INTO Account (id, role, code, name) VALUES (1, 'USER', '12', 'Ann'), (2, 'ADMIN', 'abc', NULL), (3, 'USER', NULL, NULL);
INSERT INTO User (id) VALUES (1);
INSERT INTO Post (id, authorId) VALUES (1, 1), (2, NULL);
INSERT INTO Tag (id) VALUES (10), (20);
INSERT INTO _PostToTag (A, B) VALUES (1, 10), (1, 20), (2, 20);
