-- Several unique indexes on one column: the zenstack preset keeps every one (@unique, then @@unique([col]) with
-- its name), so migrations can recreate them; the prisma preset keeps one @unique, as Prisma does, and warns.
CREATE TABLE account (
    id     integer PRIMARY KEY,
    email  varchar(100) NOT NULL,
    login  varchar(40) NOT NULL
);
CREATE UNIQUE INDEX account_email_key ON account (email);
CREATE UNIQUE INDEX account_email_again ON account (email);
CREATE UNIQUE INDEX account_login_key ON account (login);
