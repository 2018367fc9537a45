-- options: modelCasing=none fieldCasing=none alwaysMap
-- No casing, @map/@@map written everywhere.
CREATE TABLE blog_post (
    id          INTEGER PRIMARY KEY,
    "postTitle" TEXT NOT NULL,
    "my title"  TEXT
);
