-- An empty database: no tables, views or enums. Not an error: an empty document and an EMPTY_DATABASE warning.
SELECT 1;
