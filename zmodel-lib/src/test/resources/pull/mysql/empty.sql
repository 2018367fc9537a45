-- An empty database: no tables or views. Not an error: an empty document and an EMPTY_DATABASE warning.
SELECT 1;
