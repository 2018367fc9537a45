-- Mixed-case and upper-case column names: camelCase keeps names without lower-case letters as they are.
CREATE TABLE "Customer" (
    "ID"          INTEGER PRIMARY KEY,
    "FirstName"   TEXT,
    "LAST_NAME"   TEXT,
    "eMail"       TEXT,
    "zip_CODE"    TEXT
);
