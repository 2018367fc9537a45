INSERT INTO "User" ("email") VALUES ('seed@example.com');
