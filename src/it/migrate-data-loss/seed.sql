INSERT INTO "User" ("email", "name") VALUES ('ann@example.com', 'Ann');
INSERT INTO "User" ("email", "name") VALUES ('bob@example.com', NULL);
