-- An empty database file: an empty document and an EMPTY_DATABASE warning.
SELECT 1;
