INSERT INTO "User" (id, email) VALUES (1, 'ada@example.com');
INSERT INTO "Post" (id, "authorId") VALUES (1, 1), (2, 99);
