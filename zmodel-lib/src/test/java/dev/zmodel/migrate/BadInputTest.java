package dev.zmodel.migrate;

import dev.zmodel.Listener;
import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.lang.ZModelFiles;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Bad inputs for every goal, at the library entry points the Maven goals call: each case sets up a project (schema,
 * migrations, database), runs one workflow, and asserts the exact message and that nothing was changed — the
 * project's files byte for byte (schema, migrations directory, SQLite database) and the server database's schema and
 * history. The table of cases is listed in docs/reliability.md ("Bad inputs tried").
 */
class BadInputTest {

    /** Prepares the project (schema, migrations, database, users). */
    interface Setup {
        void prepare(BadInputProject p) throws Exception;
    }

    /** Runs the goal that must refuse. */
    interface Goal {
        void run(BadInputProject p) throws Exception;
    }

    record Case(String goal, String input, Provider server, Setup setup, Goal action, String expected) {}

    private static final String SCHEMA_HEAD = BadInputProject.datasource("sqlite", "file:./dev.db");

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithExactMessageAndNothingChanged(Case c) throws Exception {
        try (BadInputProject p = new BadInputProject(c.server())) {
            c.setup().prepare(p);
            Map<String, String> before = p.snapshot();
            ZModelException e =
                    assertThrows(ZModelException.class, () -> c.action().run(p));
            assertEquals(p.expand(c.expected()), e.getMessage());
            assertEquals(before, p.snapshot(), "nothing may change");
        }
    }

    static Stream<Named<Case>> cases() {
        return all().stream().map(c -> Named.of(c.goal() + ": " + c.input(), c));
    }

    private static Case c(String goal, String input, Provider server, Setup setup, Goal action, String expected) {
        return new Case(goal, input, server, setup, action, expected);
    }

    static List<Case> all() {
        Provider pg = Provider.POSTGRESQL;
        Provider my = Provider.MYSQL;
        return List.of(
                // ---------------------------------------------------------------- schema
                c(
                        "validate",
                        "syntax error: unclosed model",
                        null,
                        p -> p.schema(SCHEMA_HEAD + "\nmodel User {\n    id Int @id\n"),
                        p -> ZModelFiles.requireValid(p.schema, Listener.NONE),
                        "The ZModel schema has 1 error:\n  {schema}:7:15: error: expected '}' to close model 'User'"
                                + " opened at 6:1\nFix it at the positions shown and run mvn zenstack:validate again."),
                c(
                        "validate",
                        "unknown field type",
                        null,
                        p -> p.schema(SCHEMA_HEAD + "\nmodel User {\n    id   Int   @id\n    name Strin\n}\n"),
                        p -> ZModelFiles.requireValid(p.schema, Listener.NONE),
                        "The ZModel schema has 1 error:\n  {schema}:8:10: error: unknown type 'Strin'\nFix it at th"
                                + "e positions shown and run mvn zenstack:validate again."),
                c(
                        "validate",
                        "unknown provider",
                        null,
                        p -> p.schema(BadInputProject.datasource("oracle", "oracle://h/db") + BadInputProject.MODELS),
                        p -> ZModelFiles.requireValid(p.schema, Listener.NONE),
                        "The ZModel schema has 1 error:\n  {schema}:2:16: error: unsupported provider 'oracle': exp"
                                + "ected \"postgresql\", \"mysql\" or \"sqlite\"\nFix it at the positions shown and run mvn z"
                                + "enstack:validate again."),
                c(
                        "validate",
                        "schema file missing",
                        null,
                        p -> {},
                        p -> ZModelFiles.requireValid(p.schema, Listener.NONE),
                        "The ZModel schema has 1 error:\n  {schema}:1:1: error: schema file {schema} does not exist"
                                + "\nFix it at the positions shown and run mvn zenstack:validate again."),
                c(
                        "format",
                        "syntax error",
                        null,
                        p -> p.schema(SCHEMA_HEAD + "\nmodel User {\n    id Int @id @default(\n}\n"),
                        p -> ZModelFiles.format(p.schema),
                        "Cannot format {schema}: fix these errors first:\n  {schema}:7:25: error: expected ')' to c"
                                + "lose the arguments of '@default' opened at 7:24"),
                c(
                        "format",
                        "read-only schema file",
                        null,
                        p -> {
                            p.schema(SCHEMA_HEAD + "model   User {\nid Int @id\n}\n");
                            p.readOnly("zenstack/schema.zmodel");
                        },
                        p -> ZModelFiles.format(p.schema),
                        "The schema file {schema} is read-only, so format changed no file. Make it writable (chmod "
                                + "u+w {schema}) and run format again."),
                c(
                        "db-pull",
                        "schema with a syntax error",
                        null,
                        p -> {
                            p.schema(SCHEMA_HEAD + "\nmodel User {\n    id Int @id\n");
                            sqliteTable(p);
                        },
                        BadInputProject::pull,
                        "Cannot pull into {schema}: it has errors that would make the merge lose what you wrote. Fi"
                                + "x them first (nothing was changed):\n  {schema}:7:15: error: expected '}' to close model '"
                                + "User' opened at 6:1"),
                c(
                        "db-pull",
                        "read-only schema file",
                        null,
                        p -> {
                            p.schema(SCHEMA_HEAD);
                            sqliteTable(p);
                            p.readOnly("zenstack/schema.zmodel");
                        },
                        BadInputProject::pull,
                        "The schema file {schema} is read-only, so db-pull changed no file. Make it writable (chmod"
                                + " u+w {schema}) and run db-pull again."),
                c(
                        "db-pull",
                        "unknown provider",
                        null,
                        p -> p.schema(BadInputProject.datasource("oracle", "oracle://h/db")),
                        BadInputProject::pull,
                        "The datasource 'db' in {schema} has an unsupported provider 'oracle': expected postgresql,"
                                + " mysql or sqlite."),
                c(
                        "db-pull",
                        "SQLite file does not exist",
                        null,
                        p -> p.schema(SCHEMA_HEAD),
                        BadInputProject::pull,
                        "The SQLite database {root}/zenstack/dev.db does not exist. Check the url (a file: path is "
                                + "relative to the schema file). The schema was not changed."),
                c(
                        "migrate-dev",
                        "syntax error",
                        null,
                        p -> p.schema(SCHEMA_HEAD + "\nmodel User {\n    id Int @id\n"),
                        p -> MigrateDev.run(p.options(true).withName("x")),
                        "The ZModel schema {schema} has 1 error, so no database schema can be derived from it:\n  {"
                                + "schema}:7:15: error: expected '}' to close model 'User' opened at 6:1\nFix it and run agai"
                                + "n (mvn zenstack:validate checks the schema alone). Nothing was changed."),
                c(
                        "migrate-dev",
                        "unknown field type",
                        null,
                        p -> p.schema(SCHEMA_HEAD + "\nmodel User {\n    id   Int   @id\n    name Strin\n}\n"),
                        p -> MigrateDev.run(p.options(true).withName("x")),
                        "The ZModel schema {schema} has 1 error, so no database schema can be derived from it:\n  {"
                                + "schema}:8:10: error: unknown type 'Strin'\nFix it and run again (mvn zenstack:validate che"
                                + "cks the schema alone). Nothing was changed."),
                c(
                        "db-push",
                        "syntax error",
                        null,
                        p -> p.schema(SCHEMA_HEAD + "\nmodel User {\n    id Int @id\n    name String @default(\n}\n"),
                        p -> DbPush.run(p.options(true)),
                        "The ZModel schema {schema} has 2 errors, so no database schema can be derived from it:\n  "
                                + "{schema}:8:17: error: missing argument 'value' for '@default'\n  {schema}:8:26: error: exp"
                                + "ected ')' to close the arguments of '@default' opened at 8:25\nFix them and run again (mvn"
                                + " zenstack:validate checks the schema alone). Nothing was changed."),
                c(
                        "migrate-dev",
                        "schema file missing",
                        null,
                        p -> {},
                        p -> MigrateDev.run(p.options(true).withName("x")),
                        "The ZModel schema {schema} does not exist. Point -Dzenstack.schema at your schema file, or"
                                + " create it with a datasource block and your models (see docs/zmodel.md)."),
                c(
                        "migrate-dev",
                        "no datasource block",
                        null,
                        p -> p.schema(BadInputProject.MODELS),
                        p -> MigrateDev.run(p.options(true).withName("x")),
                        "The schema {schema} has no datasource block. Add one, e.g. datasource db { provider = \"po"
                                + "stgresql\" url = env(\"DATABASE_URL\") }."),
                c(
                        "migrate-dev",
                        "unknown provider",
                        null,
                        p -> p.schema(BadInputProject.datasource("oracle", "oracle://h/db") + BadInputProject.MODELS),
                        p -> MigrateDev.run(p.options(true).withName("x")),
                        "The datasource 'db' in {schema} has an unsupported provider 'oracle': expected postgresql,"
                                + " mysql or sqlite."),
                c(
                        "migrate-deploy",
                        "datasource without provider",
                        null,
                        p -> p.schema("datasource db {\n    url = \"file:./dev.db\"\n}\n"),
                        p -> MigrateDeploy.run(p.options(false)),
                        "The datasource 'db' in {schema} has no provider. Add provider = \"postgresql\", \"mysql\" "
                                + "or \"sqlite\"."),
                c(
                        "migrate-dev",
                        "datasource without url",
                        null,
                        p -> p.schema("datasource db {\n    provider = \"sqlite\"\n}\n" + BadInputProject.MODELS),
                        p -> MigrateDev.run(p.options(true).withName("x")),
                        "The datasource 'db' in {schema} has no url. Add url = env(\"DATABASE_URL\") (or a literal "
                                + "url) to the datasource block."),
                c(
                        "migrate-status",
                        "url from an unset environment variable",
                        null,
                        p -> p.schema(
                                "datasource db {\n    provider = \"postgresql\"\n    url      = env(\"ZT_UNSET_URL\")\n}\n"),
                        p -> MigrateStatus.run(p.options(false)),
                        "Environment variable ZT_UNSET_URL is not set: the url of datasource 'db' in {schema} is en"
                                + "v(\"ZT_UNSET_URL\"). Set it, e.g. export ZT_UNSET_URL=\"postgresql://user:password@"
                                + "localhost:5432/mydb\", or pass the url with -Dzenstack.url=<url>."),
                c(
                        "migrate-status",
                        "url is a number",
                        null,
                        p -> p.schema("datasource db {\n    provider = \"postgresql\"\n    url      = 42\n}\n"),
                        p -> MigrateStatus.run(p.options(false)),
                        "The url of datasource 'db' in {schema} must be a string or env(\"NAME\"), e.g. url = env(\""
                                + "DATABASE_URL\")."),
                // ---------------------------------------------------------------- urls
                c(
                        "migrate-deploy",
                        "unsupported url scheme",
                        null,
                        p -> p.schema(BadInputProject.datasource("postgresql", "sqlserver://app:s3cret@db/shop")),
                        p -> MigrateDeploy.run(p.options(false)),
                        "Unsupported url sqlserver://… (url of datasource 'db' in {schema}): zenstack supports Post"
                                + "greSQL, MySQL/MariaDB and SQLite. Use a postgresql://, postgres://, mysql:// or file: url,"
                                + " or a jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql: or jdbc:sqlite: url."),
                c(
                        "migrate-deploy",
                        "url of another provider",
                        null,
                        p -> p.schema(BadInputProject.datasource("postgresql", "mysql://app:s3cret@db/shop")),
                        p -> MigrateDeploy.run(p.options(false)),
                        "The url of datasource 'db' in {schema} is a mysql url (mysql://app:***@db/shop) but the da"
                                + "tasource provider is postgresql. Use a postgresql:// url or change the provider."),
                c(
                        "migrate-deploy",
                        "url without host",
                        null,
                        p -> p.schema(BadInputProject.datasource("postgresql", "postgresql:///shop")),
                        p -> MigrateDeploy.run(p.options(false)),
                        "The url of datasource 'db' in {schema} has no host: postgresql:///shop. Expected postgresq"
                                + "l://user:password@host:port/database."),
                c(
                        "db-push",
                        "invalid percent-encoding in the password",
                        null,
                        p -> p.schema(BadInputProject.datasource("postgresql", "postgresql://app:50%zz@localhost/shop")
                                + BadInputProject.MODELS),
                        p -> DbPush.run(p.options(true)),
                        "The password in the url of datasource 'db' in {schema} has an invalid percent-encoding. En"
                                + "code reserved characters as %XX (e.g. '@' as %40)."),
                c(
                        "migrate-status",
                        "-Dzenstack.url of an unsupported database, no schema",
                        null,
                        p -> p.url = "jdbc:oracle:thin:app/s3cret@db:1521/shop",
                        p -> MigrateStatus.run(p.options(false)),
                        "Unsupported url jdbc:oracle:… (-Dzenstack.url): zenstack supports PostgreSQL, MySQL/MariaD"
                                + "B and SQLite. Use a postgresql://, postgres://, mysql:// or file: url, or a jdbc:postgresq"
                                + "l:, jdbc:mariadb:, jdbc:mysql: or jdbc:sqlite: url."),
                c(
                        "migrate-deploy",
                        "no schema file and no -Dzenstack.url",
                        null,
                        p -> {},
                        p -> MigrateDeploy.run(p.options(false)),
                        "There is no ZModel schema to read the datasource from, and no url was given. Pass -Dzensta"
                                + "ck.url=<database url> (or point zenstack.schema at the schema)."),
                c(
                        "migrate-reset",
                        "file: url without a path",
                        null,
                        p -> p.schema(BadInputProject.datasource("sqlite", "file:")),
                        p -> MigrateReset.run(p.options(false), List.of()),
                        "The url of datasource 'db' in {schema} names no file: file:. Expected file:./dev.db."),
                // ---------------------------------------------------------------- connection
                c(
                        "migrate-deploy",
                        "MariaDB: wrong password",
                        my,
                        p -> {
                            p.server().init();
                            p.user = p.newUser("right-pw");
                            p.admin("GRANT ALL ON `" + p.db.name() + "`.* TO '" + p.user + "'@'%'");
                            p.password = "wrong-pw";
                        },
                        p -> MigrateDeploy.run(p.options(false)),
                        "Cannot connect to jdbc:mariadb://127.0.0.1:3306/{dbname} (mysql) for migrate-deploy: conne"
                                + "cting failed: Access denied for user '{user}'@'127.0.0.1' (using password: YES). Check the"
                                + " user name and password: in the url, -Dzenstack.username/-Dzenstack.password, or the <serv"
                                + "er> of -Dzenstack.serverId in settings.xml."),
                c(
                        "migrate-status",
                        "PostgreSQL: user does not exist (trust auth: no password check)",
                        pg,
                        p -> {
                            p.server().init();
                            p.user = "zt_nobody_" + Long.toHexString(System.nanoTime());
                        },
                        p -> MigrateStatus.run(p.options(false)),
                        "Cannot connect to jdbc:postgresql://127.0.0.1:5432/{dbname} (postgresql) for migrate-statu"
                                + "s: connecting failed: FATAL: role \"{user}\" does not exist. Check the user name and passw"
                                + "ord: in the url, -Dzenstack.username/-Dzenstack.password, or the <server> of -Dzenstack.se"
                                + "rverId in settings.xml."),
                c(
                        "migrate-deploy",
                        "PostgreSQL: database does not exist",
                        pg,
                        p -> {
                            p.server().init();
                            p.url = p.adminUrl().replace(p.db.name(), p.db.name() + "_missing");
                        },
                        p -> MigrateDeploy.run(p.options(false)),
                        "Cannot connect to jdbc:postgresql://127.0.0.1:5432/{dbname}_missing?user=zenstack_test_login&password=*** (postgre"
                                + "sql) for migrate-deploy: connecting failed: FATAL: database \"{dbname}_missing\" does not "
                                + "exist. Create the database (CREATE DATABASE <name>), or fix the database name in the url."),
                c(
                        "db-pull",
                        "MariaDB: database does not exist",
                        my,
                        p -> {
                            p.server();
                            p.admin("CREATE TABLE t (id INT PRIMARY KEY)");
                            p.url = p.adminUrl().replace(p.db.name(), p.db.name() + "_missing");
                        },
                        BadInputProject::pull,
                        "Cannot connect to jdbc:mariadb://127.0.0.1:3306/{dbname}_missing?user=zenstack_test_login&password=*** (mysql) for db-"
                                + "pull: connecting failed: Unknown database '{dbname}_missing'. Create the database (CREATE "
                                + "DATABASE <name>), or fix the database name in the url. The schema was not changed."),
                c(
                        "migrate-status",
                        "unknown host",
                        null,
                        p -> p.url = "postgresql://app:s3cret@no-such-host.invalid:5432/shop",
                        p -> MigrateStatus.run(p.options(false)),
                        "Cannot connect to jdbc:postgresql://no-such-host.invalid:5432/shop (postgresql) for migrat"
                                + "e-status: connecting failed: The connection attempt failed (no-such-host.invalid). Check t"
                                + "hat the database server is running and reachable at the host and port of the url (host nam"
                                + "e, port, firewall)."),
                c(
                        "migrate-deploy",
                        "PostgreSQL: nothing listens on the port",
                        null,
                        p -> {
                            p.url = "postgresql://app:s3cret@127.0.0.1:1/shop";
                            p.write("zenstack/migrations/changelog.xml", emptyMaster());
                            p.write(
                                    "zenstack/migrations/20261122093000_init/migration.sql",
                                    "-- liquibase formatted sql\n-- changeset zenstack:20261122093000_init-1\nSELECT 1;\n");
                            p.write("zenstack/migrations/changelog.xml", master("20261122093000_init/migration.sql"));
                        },
                        p -> MigrateDeploy.run(p.options(false)),
                        "Cannot connect to jdbc:postgresql://127.0.0.1:1/shop (postgresql) for migrate-deploy: conn"
                                + "ecting failed: Connection to 127.0.0.1:1 refused. Check that the hostname and port are cor"
                                + "rect and that the postmaster is accepting TCP/IP connections (Connection refused). Check t"
                                + "hat the database server is running and reachable at the host and port of the url (host nam"
                                + "e, port, firewall)."),
                // ---------------------------------------------------------------- privileges
                c(
                        "migrate-deploy",
                        "PostgreSQL: role without CREATE on schema public",
                        pg,
                        p -> {
                            p.server();
                            sqliteLikeMigrations(p);
                            p.user = p.newUser(null);
                        },
                        p -> MigrateDeploy.run(p.options(false)),
                        "Applying the migrations of {migrations}/changelog.xml failed: An error occurred while atte"
                                + "mpting to create the database changelog table. Please make sure that you have both read an"
                                + "d write permissions for the 'public.databasechangelog' table (ERROR: permission denied for"
                                + " schema public\n Position: 14)\nThe database user '{user}' lacks a privilege on jdbc:postg"
                                + "resql://127.0.0.1:5432/{dbname}: grant it what schema changes need (PostgreSQL: GRANT CREA"
                                + "TE ON SCHEMA <schema> TO <user>, or make the user the schema's owner; MySQL: GRANT ALL ON "
                                + "<database>.* TO <user>), or connect as a user that has it, then run again. Nothing was rec"
                                + "orded for the migration that failed."),
                c(
                        "migrate-dev",
                        "PostgreSQL: role may not create the shadow database",
                        pg,
                        p -> {
                            p.server();
                            p.user = p.newUser(null);
                            // a database that holds a table: its drift check replays on a shadow database (an empty
                            // database with no migrations needs none, and init would fail later, on CREATE in public)
                            p.admin("CREATE TABLE legacy (id INT PRIMARY KEY)");
                        },
                        p -> MigrateDev.run(p.options(true).withName("init")),
                        "Cannot create a temporary shadow database on jdbc:postgresql://127.0.0.1:5432/{dbname}: ER"
                                + "ROR: permission denied to create database (the user may not create databases). The shadow "
                                + "database is where the migrations are replayed to compare their result with the schema. Eit"
                                + "her let the user create databases (PostgreSQL: ALTER ROLE <user> CREATEDB; MySQL: GRANT AL"
                                + "L ON `zenstack_shadow_%`.* TO <user>), or create an empty database yourself and set shadow"
                                + "DatabaseUrl in the datasource block (or -Dzenstack.shadowDatabaseUrl=...); it is reset bef"
                                + "ore every use."),
                c(
                        "db-push",
                        "PostgreSQL: role without CREATE on schema public",
                        pg,
                        p -> {
                            p.server();
                            p.user = p.newUser(null);
                        },
                        p -> DbPush.run(p.options(true)),
                        "db-push could not apply the schema to jdbc:postgresql://127.0.0.1:5432/{dbname}: Statement"
                                + " failed: ERROR: permission denied for schema public\n  Position: 14\nCREATE TABLE \"public"
                                + "\".\"User\" (\n    \"id\" serial NOT NULL,\n    \"email\" text NOT NULL,\n    CONSTRAINT \""
                                + "User_pkey\" PRIMARY KEY (\"id\")\n)\nThe database user '{user}' lacks a privilege on jdbc:"
                                + "postgresql://127.0.0.1:5432/{dbname}: grant it what schema changes need (PostgreSQL: GRANT"
                                + " CREATE ON SCHEMA <schema> TO <user>, or make the user the schema's owner; MySQL: GRANT AL"
                                + "L ON <database>.* TO <user>), or connect as a user that has it, then run again."),
                c(
                        "migrate-status",
                        "PostgreSQL: role without access to the history table",
                        pg,
                        p -> {
                            p.server().init();
                            p.user = p.newUser(null);
                        },
                        p -> MigrateStatus.run(p.options(false)),
                        "Cannot read the migration history (DATABASECHANGELOG): ERROR: permission denied for table "
                                + "databasechangelog. Grant the database user SELECT on DATABASECHANGELOG (and INSERT, UPDATE"
                                + ", DELETE to apply migrations), or connect as the user that owns it."),
                c(
                        "db-pull",
                        "MariaDB: user without any privilege on the database",
                        my,
                        p -> {
                            p.server();
                            p.admin("CREATE TABLE t (id INT PRIMARY KEY)");
                            p.user = p.newUser("pw");
                            p.password = "pw";
                        },
                        BadInputProject::pull,
                        "Cannot connect to jdbc:mariadb://127.0.0.1:3306/{dbname} (mysql) for db-pull: connecting f"
                                + "ailed: Access denied for user '{user}'@'%' to database '{dbname}'. Grant the user access t"
                                + "o the database (PostgreSQL: GRANT CONNECT ON DATABASE <name> TO <user>; MySQL: GRANT ALL O"
                                + "N <name>.* TO <user>), or connect as a user that has it. The schema was not changed."),
                c(
                        "migrate-deploy",
                        "MariaDB: user with SELECT only",
                        my,
                        p -> {
                            p.server();
                            sqliteLikeMigrations(p);
                            p.user = p.newUser("pw");
                            p.password = "pw";
                            p.admin("GRANT SELECT ON `" + p.db.name() + "`.* TO '" + p.user + "'@'%'");
                        },
                        p -> MigrateDeploy.run(p.options(false)),
                        "Applying the migrations of {migrations}/changelog.xml failed: An error occurred while atte"
                                + "mpting to create the database changelog table. Please make sure that you have both read an"
                                + "d write permissions for the '{dbname}.DATABASECHANGELOG' table (CREATE command denied to u"
                                + "ser '{user}'@'127.0.0.1' for table `{dbname}`.`DATABASECHANGELOG`)\nThe database user '{us"
                                + "er}' lacks a privilege on jdbc:mariadb://127.0.0.1:3306/{dbname}: grant it what schema cha"
                                + "nges need (PostgreSQL: GRANT CREATE ON SCHEMA <schema> TO <user>, or make the user the sch"
                                + "ema's owner; MySQL: GRANT ALL ON <database>.* TO <user>), or connect as a user that has it"
                                + ", then run again. Nothing was recorded for the migration that failed."),
                // ---------------------------------------------------------------- migrations directory
                c(
                        "migrate-deploy",
                        "migrations path is a file",
                        null,
                        p -> p.sqlite().write("zenstack/migrations", "not a directory"),
                        p -> MigrateDeploy.run(p.options(false)),
                        "The migrations directory {migrations} is a file, not a directory. Point -Dzenstack.migrati"
                                + "ons at the migrations directory, or move the file away."),
                c(
                        "migrate-deploy",
                        "stray file in the migrations directory",
                        null,
                        p -> p.sqlite().init().write("zenstack/migrations/notes.txt", "todo"),
                        p -> MigrateDeploy.run(p.options(false)),
                        "The migrations directory {migrations} is not valid: file notes.txt does not belong here (o"
                                + "nly changelog.xml, migration_lock.properties and migration folders do). Move other files e"
                                + "lsewhere, and restore migration folders from version control."),
                c(
                        "migrate-status",
                        "folder that is not a migration folder",
                        null,
                        p -> p.sqlite().init().write("zenstack/migrations/init/migration.xml", "<x/>"),
                        p -> MigrateStatus.run(p.options(false)),
                        "The migrations directory {migrations} is not valid: folder init is not a migration folder "
                                + "(expected yyyyMMddHHmmss_name). Move other files elsewhere, and restore migration folders "
                                + "from version control."),
                c(
                        "migrate-deploy",
                        "migration folder without a migration file",
                        null,
                        p -> p.sqlite().init().write("zenstack/migrations/20991231000000_next/.keep", ""),
                        p -> MigrateDeploy.run(p.options(false)),
                        "The migrations directory {migrations} is not valid: folder 20991231000000_next has no migr"
                                + "ation file (migration.xml, migration.yaml or migration.sql). Move other files elsewhere, a"
                                + "nd restore migration folders from version control."),
                c(
                        "migrate-deploy",
                        "migration folder with two migration files",
                        null,
                        p -> {
                            p.sqlite().init();
                            String folder = p.folders().get(0);
                            p.write("zenstack/migrations/" + folder + "/migration.sql", "-- liquibase formatted sql\n");
                        },
                        p -> MigrateDeploy.run(p.options(false)),
                        "The migrations directory {migrations} is not valid: folder 20261122093100_init has 2 migra"
                                + "tion files; keep one. Move other files elsewhere, and restore migration folders from versi"
                                + "on control."),
                c(
                        "migrate-deploy",
                        "master changelog missing",
                        null,
                        p -> p.sqlite().init().delete("zenstack/migrations/changelog.xml"),
                        p -> MigrateDeploy.run(p.options(false)),
                        "The migrations directory {migrations} has 1 migration folder(s) but no changelog.xml. Rest"
                                + "ore it from version control, or run migrate-dev, which writes it again (it includes every "
                                + "migration folder in order)."),
                c(
                        "migrate-deploy",
                        "master changelog is not XML",
                        null,
                        p -> p.sqlite().init().write("zenstack/migrations/changelog.xml", "<databaseChangeLog"),
                        p -> MigrateDeploy.run(p.options(false)),
                        "The master changelog {migrations}/changelog.xml is not valid XML (XML document structures "
                                + "must start and end within the same entity.). Restore it from version control, or delete it"
                                + " and run migrate-dev, which writes it again."),
                c(
                        "migrate-status",
                        "master changelog has another root element",
                        null,
                        p -> p.sqlite().init().write("zenstack/migrations/changelog.xml", "<project/>"),
                        p -> MigrateStatus.run(p.options(false)),
                        "{migrations}/changelog.xml is not a Liquibase changelog (its root element is <project>). R"
                                + "estore it from version control, or delete it and run migrate-dev, which writes it again."),
                c(
                        "migrate-deploy",
                        "master changelog holds a changeset",
                        null,
                        p -> p.sqlite()
                                .init()
                                .write(
                                        "zenstack/migrations/changelog.xml",
                                        "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\">"
                                                + "<changeSet id=\"1\" author=\"me\"><sql>SELECT 1</sql></changeSet>"
                                                + "</databaseChangeLog>"),
                        p -> MigrateDeploy.run(p.options(false)),
                        "{migrations}/changelog.xml must only include migrations, but it has a <changeSet> element."
                                + " Put changesets into a migration folder; changelog.xml is rewritten by migrate-dev."),
                c(
                        "migrate-deploy",
                        "master changelog misses a migration",
                        null,
                        p -> p.sqlite().init().write("zenstack/migrations/changelog.xml", emptyMaster()),
                        p -> MigrateDeploy.run(p.options(false)),
                        "The master changelog {migrations}/changelog.xml does not include exactly the migration fol"
                                + "ders in order; missing: 20261122093100_init/migration.xml. Run migrate-dev to rewrite it, "
                                + "or restore it from version control."),
                c(
                        "migrate-reset",
                        "migration_lock.properties of another provider",
                        null,
                        p -> p.sqlite()
                                .init()
                                .write("zenstack/migrations/migration_lock.properties", "provider=mysql\n"),
                        p -> MigrateReset.run(p.options(false), List.of()),
                        "The migrations in {migrations} were created for mysql (migration_lock.properties), but the"
                                + " datasource provider is sqlite. Migrations are not portable between databases: move the ol"
                                + "d migrations directory away and create a new history with migrate-dev, or switch the provi"
                                + "der back."),
                c(
                        "migrate-deploy",
                        "migration_lock.properties without a provider",
                        null,
                        p -> p.sqlite().init().write("zenstack/migrations/migration_lock.properties", "garbage\n"),
                        p -> MigrateDeploy.run(p.options(false)),
                        "{migrations}/migration_lock.properties must contain provider=postgresql, provider=mysql or"
                                + " provider=sqlite; it has no provider. Restore it from version control, or delete it (migra"
                                + "te-dev writes it again for the datasource provider)."),
                c(
                        "migrate-deploy",
                        "pending migration file is not valid XML",
                        null,
                        p -> {
                            p.sqlite().init();
                            String folder = p.folders().get(0);
                            p.write(
                                    "zenstack/migrations/20991231000000_broken/migration.xml",
                                    "<databaseChangeLog><changeSet");
                            p.write(
                                    "zenstack/migrations/changelog.xml",
                                    master(folder + "/migration.xml", "20991231000000_broken/migration.xml"));
                        },
                        p -> MigrateDeploy.run(p.options(false)),
                        "Cannot read the migration {migrations}/20991231000000_broken/migration.xml: Error parsing "
                                + "line 1 column 20 of 20991231000000_broken/migration.xml: cvc-elt.1.a: Cannot find the decl"
                                + "aration of element 'databaseChangeLog'. Fix the file (it must be a valid Liquibase changel"
                                + "og) or restore it from version control."),
                c(
                        "migrate-dev",
                        "migration folder deleted after it was applied",
                        null,
                        p -> {
                            p.sqlite().init();
                            p.delete("zenstack/migrations/" + p.folders().get(0));
                            p.delete("zenstack/migrations/changelog.xml");
                        },
                        p -> MigrateDev.run(p.options(true).withName("again")),
                        "The migration history of jdbc:sqlite:{root}/zenstack/dev.db does not match the migrations "
                                + "directory:\n  - Migration 20261122093100_init is not in {migrations}, but 1 changeset(s) of "
                                + "it ran on jdbc:sqlite:{root}/zenstack/dev.db: 20261122093100_init-1. If its folder comes "
                                + "from another branch, restore it and run migrate-dev again. If you deleted it (e.g. after it "
                                + "failed), undo what those changesets did, then forget them with mvn zenstack:migrate-resolve "
                                + "-Dzenstack.rolledBack=20261122093100_init and run migrate-dev again. This SQL undoes it (it "
                                + "turns jdbc:sqlite:{root}/zenstack/dev.db back into what the migrations in the directory "
                                + "produce):\n      DROP TABLE \"User\";\nTo reset the development database (all its data is "
                                + "lost) and apply every migration again, run with -Dzenstack.reset=true."),
                c(
                        "migrate-deploy",
                        "applied migration edited",
                        null,
                        p -> {
                            p.sqlite().init();
                            String file = "zenstack/migrations/" + p.folders().get(0) + "/migration.xml";
                            p.write(file, p.read(file).replace("email", "mail"));
                        },
                        p -> MigrateDeploy.run(p.options(false)),
                        "migrate-deploy stopped before applying anything: 1 applied migration(s) of jdbc:sqlite:{ro"
                                + "ot}/zenstack/dev.db changed since:\n  - 20261122093100_init (edited after it was applied: "
                                + "changeset 20261122093100_init-1 changed after it was applied (checksum mismatch))\nRestore"
                                + " the applied migration files from version control and put changes into a new migration."
                                + " If an edit only fixes a file for databases that have not run it yet, re-record it here "
                                + "with mvn zenstack:migrate-resolve -Dzenstack.applied=20261122093100_init."),
                // ---------------------------------------------------------------- drift and pending
                c(
                        "migrate-status",
                        "-Dzenstack.checkDrift on a database changed by hand",
                        null,
                        p -> {
                            p.sqlite().init();
                            sqliteExecute(p, "ALTER TABLE User ADD COLUMN age INTEGER");
                        },
                        p -> MigrateStatus.run(p.options(false).withCheckDrift(true)),
                        "migrate-status: differences: Drift: the database schema differs from what its applied migrations produc"
                                + "e (the differences are listed above). Put a wanted manual change into the schema and a new"
                                + " migration; on a development database, migrate-dev -Dzenstack.reset=true starts over."),
                c(
                        "migrate-dev",
                        "development database changed by hand (batch mode)",
                        null,
                        p -> {
                            p.sqlite().init();
                            sqliteExecute(p, "ALTER TABLE User ADD COLUMN age INTEGER");
                        },
                        p -> MigrateDev.run(p.options(true).withName("x")),
                        "Drift detected: the schema of jdbc:sqlite:{root}/zenstack/dev.db is not what its 1 applied"
                                + " migration(s) produce:\n[*] Changed the `User` table\n  [+] Added column `age`\nTo reset t"
                                + "he development database (all its data is lost) and apply every migration again, run with -"
                                + "Dzenstack.reset=true."),
                c(
                        "migrate-status",
                        "-Dzenstack.failOnPending with a pending migration",
                        null,
                        p -> {
                            p.sqlite()
                                    .init()
                                    .schema(SCHEMA_HEAD + BadInputProject.MODELS
                                            + "\nmodel Post {\n    id Int @id\n}\n");
                            MigrateDev.run(p.options(true).withName("posts").withCreateOnly(true));
                        },
                        p -> MigrateStatus.run(p.options(false).withFailOnPending(true)),
                        "migrate-status: differences: 1 migration(s) not yet applied to jdbc:sqlite:{root}/zenstack/dev.db; run "
                                + "migrate-deploy."),
                // ---------------------------------------------------------------- parameters
                c(
                        "migrate-resolve",
                        "both applied and rolledBack",
                        null,
                        p -> p.sqlite().init(),
                        p -> MigrateResolve.run(p.options(false), "init", "init"),
                        "migrate-resolve needs exactly one of applied=<migration> (record it as applied without run"
                                + "ning it) or rolledBack=<migration> (delete its history rows so it runs again), e.g. -Dzens"
                                + "tack.applied=20261122093000_init. Both were given."),
                c(
                        "migrate-resolve",
                        "neither applied nor rolledBack",
                        null,
                        p -> p.sqlite().init(),
                        p -> MigrateResolve.run(p.options(false), null, " "),
                        "migrate-resolve needs exactly one of applied=<migration> (record it as applied without run"
                                + "ning it) or rolledBack=<migration> (delete its history rows so it runs again), e.g. -Dzens"
                                + "tack.applied=20261122093000_init."),
                c(
                        "migrate-resolve",
                        "unknown migration",
                        null,
                        p -> p.sqlite().init(),
                        p -> MigrateResolve.run(p.options(false), "add_posts", null),
                        "There is no migration 'add_posts' in {migrations} (known: 20261122093100_init). Give a fol"
                                + "der name or migration name from that directory; mvn zenstack:migrate-status lists them."),
                c(
                        "migrate-resolve",
                        "applied on an applied migration",
                        null,
                        p -> p.sqlite().init(),
                        p -> MigrateResolve.run(p.options(false), "init", null),
                        "The migration 20261122093100_init is already applied to jdbc:sqlite:{root}/zenstack/dev.db"
                                + "; nothing to resolve (mvn zenstack:migrate-status shows the state of every migration)."),
                c(
                        "migrate-dev",
                        "changes but no name",
                        null,
                        p -> p.sqlite()
                                .init()
                                .schema(SCHEMA_HEAD + BadInputProject.MODELS + "\nmodel Post {\n    id Int @id\n}\n"),
                        p -> MigrateDev.run(p.options(true)),
                        "The schema has 1 change(s) that need a new migration:\n  - Create table `Post`\nName the m"
                                + "igration: -Dzenstack.name=<name> (e.g. add_posts)."),
                c(
                        "migrate-dev",
                        "name without letters or digits",
                        null,
                        p -> p.sqlite()
                                .init()
                                .schema(SCHEMA_HEAD + BadInputProject.MODELS + "\nmodel Post {\n    id Int @id\n}\n"),
                        p -> MigrateDev.run(p.options(true).withName("!!!")),
                        "The migration name '!!!' has no letters or digits; pass a name like -Dzenstack.name=add_po"
                                + "sts."),
                c(
                        "migrate-reset",
                        "database that is not local, without allowRemote",
                        null,
                        p -> p.schema(BadInputProject.datasource(
                                "postgresql", "postgresql://app:s3cret@db.example.com/shop")),
                        p -> MigrateReset.run(p.options(false), List.of()),
                        "Refusing to run on jdbc:postgresql://db.example.com/shop: migrate-reset drops every table,"
                                + " view and type of the database, and the database is not local (host is not localhost, 127."
                                + "0.0.1, ::1 or a socket). If this really is a development database, pass -Dzenstack.allowRe"
                                + "mote=true."),
                c(
                        "db-push",
                        "forceReset on a database that is not local",
                        null,
                        p -> p.schema(
                                BadInputProject.datasource("postgresql", "postgresql://app:s3cret@db.example.com/shop")
                                        + BadInputProject.MODELS),
                        p -> DbPush.run(p.options(true).withForceReset(true)),
                        "Refusing to run on jdbc:postgresql://db.example.com/shop: db-push with forceReset drops ev"
                                + "ery table, view and type of the database, and the database is not local (host is not local"
                                + "host, 127.0.0.1, ::1 or a socket). If this really is a development database, pass -Dzensta"
                                + "ck.allowRemote=true."),
                c(
                        "migrate-reset",
                        "seed file missing",
                        null,
                        p -> p.sqlite().init(),
                        p -> MigrateReset.run(p.options(false), List.of(p.root.resolve("seed.sql"))),
                        "The seed file {root}/seed.sql does not exist; nothing was reset."),
                c(
                        "migrate-dev",
                        "shadowDatabaseUrl is the development database",
                        pg,
                        p -> {
                            p.server().init();
                            p.shadowUrl = p.adminUrl();
                        },
                        p -> MigrateDev.run(p.options(true).withName("x")),
                        "The shadowDatabaseUrl is the development database itself ({db}); the shadow database is re"
                                + "set before every use. Point it at a separate, empty database."),
                c(
                        "migrate-dev",
                        "shadowDatabaseUrl of another provider",
                        null,
                        p -> {
                            p.sqlite().init();
                            p.shadowUrl = "postgresql://app:s3cret@localhost/shadow";
                        },
                        p -> MigrateDev.run(p.options(true).withName("x")),
                        "The shadowDatabaseUrl is a postgresql url (postgresql://app:***@localhost/shadow) but the "
                                + "datasource provider is sqlite. Use a file: url or change the provider."),
                c(
                        "migrate-diff",
                        "unknown source",
                        null,
                        p -> p.sqlite().init(),
                        p -> MigrateDiff.run(
                                p.options(false),
                                DiffSource.parse("yesterday", p.root),
                                DiffSource.parse("empty", p.root),
                                ZModelProject::desired,
                                null),
                        "'yesterday' is not a diff source: use empty, schema:<path to .zmodel>, migrations:<path to"
                                + " a migrations directory> or url:<database url>."),
                c(
                        "migrate-diff",
                        "schema: source without a path",
                        null,
                        p -> p.sqlite().init(),
                        p -> MigrateDiff.run(
                                p.options(false),
                                DiffSource.parse("empty", p.root),
                                DiffSource.parse("schema:", p.root),
                                ZModelProject::desired,
                                null),
                        "A diff source names no path; e.g. schema:zenstack/schema.zmodel."),
                c(
                        "migrate-diff",
                        "migrations: directory does not exist",
                        null,
                        p -> p.sqlite().init(),
                        p -> MigrateDiff.run(
                                p.options(false),
                                DiffSource.parse("migrations:nowhere", p.root),
                                DiffSource.parse("empty", p.root),
                                ZModelProject::desired,
                                null),
                        "The migrations directory {root}/nowhere does not exist. Check -Dzenstack.from/-Dzenstack.t"
                                + "o (relative paths are relative to the project directory)."),
                c(
                        "migrate-diff",
                        "schema: file does not exist",
                        null,
                        p -> p.sqlite().init(),
                        p -> MigrateDiff.run(
                                p.options(false),
                                DiffSource.parse("empty", p.root),
                                DiffSource.parse("schema:zenstack/other.zmodel", p.root),
                                ZModelProject::desired,
                                null),
                        "The ZModel schema {root}/zenstack/other.zmodel does not exist. Point -Dzenstack.schema at "
                                + "your schema file, or create it with a datasource block and your models (see docs/zmodel.md"
                                + ")."),
                // ---------------------------------------------------------------- rename hints
                c(
                        "migrate-dev",
                        "renames: new model does not exist",
                        null,
                        p -> p.sqlite().init(),
                        p -> MigrateDev.run(p.options(true).withName("x").withRenames(List.of("Person=Account"))),
                        "rename hint `Person=Account`: the schema has no model `Account` (and no model mapped to a "
                                + "table of that name). Name the model as it is now on the right-hand side, e.g. `OldModel=Us"
                                + "er`."),
                c(
                        "migrate-dev",
                        "renames: new field does not exist",
                        null,
                        p -> p.sqlite().init(),
                        p -> MigrateDev.run(
                                p.options(true).withName("x").withRenames(List.of("User.mail=User.address"))),
                        "rename hint `User.mail=User.address`: model `User` has no field `address` (and no column o"
                                + "f that name). Name the field as it is now on the right-hand side."),
                c(
                        "db-push",
                        "renames: not a hint",
                        null,
                        p -> p.sqlite().init(),
                        p -> DbPush.run(p.options(true).withRenames(List.of("User.email"))),
                        "rename hint `User.email` is not of the form `OldModel=NewModel` or `Model.oldField=Model.n"
                                + "ewField`."),
                c(
                        "migrate-dev",
                        "renames: old table never existed",
                        null,
                        p -> p.sqlite().init(),
                        p -> MigrateDev.run(p.options(true).withName("x").withRenames(List.of("Ghost=User"))),
                        "rename hint `Ghost=User`: table `Ghost` does not exist in the current schema. Rename hints"
                                + " use database names (`OldTable=NewTable`, `Table.oldColumn=Table.newColumn`); fix or remov"
                                + "e the hint."),
                c(
                        "migrate-diff",
                        "renames: database names that name nothing",
                        null,
                        p -> p.sqlite().init(),
                        p -> MigrateDiff.run(
                                p.options(false).withRenames(List.of("ghost=phantom")),
                                DiffSource.parse("empty", p.root),
                                DiffSource.parse("url:file:./zenstack/dev.db", p.root),
                                ZModelProject::desired,
                                null),
                        "rename hint `ghost=phantom`: table `ghost` does not exist in the current schema. Rename hi"
                                + "nts use database names (`OldTable=NewTable`, `Table.oldColumn=Table.newColumn`); fix or re"
                                + "move the hint."),
                c(
                        "migrate-diff",
                        "url: SQLite file does not exist",
                        null,
                        p -> p.sqlite().init(),
                        p -> MigrateDiff.run(
                                p.options(false),
                                DiffSource.parse("empty", p.root),
                                DiffSource.parse("url:file:./zenstack/missing.db", p.root),
                                ZModelProject::desired,
                                null),
                        "The SQLite database {root}/zenstack/missing.db of url:file:{root}/zenstack/missing.db does"
                                + " not exist. Check the url (a relative file: path is relative to the project directory); no"
                                + "thing was created."));
    }

    // ------------------------------------------------------------------ helpers

    private static void sqliteExecute(BadInputProject p, String sql) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + p.root.resolve("zenstack/dev.db"));
                var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void sqliteTable(BadInputProject p) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + p.root.resolve("zenstack/dev.db"));
                var s = c.createStatement()) {
            s.execute("CREATE TABLE account (id INTEGER PRIMARY KEY, email TEXT NOT NULL)");
        }
    }

    /** One pending migration creating a table, written by hand (portable SQL). */
    private static void sqliteLikeMigrations(BadInputProject p) {
        p.write(
                "zenstack/migrations/20261122093000_init/migration.sql",
                "-- liquibase formatted sql\n\n"
                        + "-- changeset zenstack:20261122093000_init-1\nCREATE TABLE account (id INT PRIMARY KEY);\n");
        p.write("zenstack/migrations/changelog.xml", master("20261122093000_init/migration.sql"));
    }

    static String emptyMaster() {
        return master();
    }

    static String master(String... includes) {
        return dev.zmodel.liquibase.MasterChangelog.render(List.of(includes));
    }
}
