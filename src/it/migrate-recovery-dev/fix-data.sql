DELETE FROM "Post" WHERE "authorId" NOT IN (SELECT id FROM "User");
