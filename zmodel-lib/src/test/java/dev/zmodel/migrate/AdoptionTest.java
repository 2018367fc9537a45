package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.dialect.Dialect;
import dev.zmodel.diff.CreateExtension;
import dev.zmodel.introspect.IntrospectionOptions;
import dev.zmodel.introspect.Introspectors;
import dev.zmodel.schema.DatabaseSchema;
import dev.zmodel.schema.Table;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adopting an existing database beyond the baseline itself (docs/migrations.md#adopting-an-existing-database):
 * PostgreSQL extensions in the datasource, domains (over domains and arrays too), a standalone sequence, MySQL column
 * changes that keep what the model cannot state, and evolving the adopted schema.
 */
class AdoptionTest {

    /**
     * Extensions: db pull writes them in Prisma's spelling, the schema validates, migrate-dev creates them before the
     * tables that use their types (on the shadow database too), and one added to the datasource is one migration.
     */
    @Test
    void postgresqlExtensionsArePulledCreatedAndManaged() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase fresh = TestDatabases.create(Provider.POSTGRESQL)) {
            f.db.execute("""
                    CREATE EXTENSION "uuid-ossp";
                    CREATE EXTENSION citext;
                    CREATE TABLE accounts (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), email citext NOT NULL);
                    INSERT INTO accounts (email) VALUES ('Ada@Example.com');
                    """);
            AdoptionJourney journey = AdoptionJourney.of(f);
            journey.pull();
            String text = journey.text();
            assertTrue(text.contains("    extensions = [citext, uuid_ossp(map: \"uuid-ossp\")]\n"), text);
            journey.assertValidates();

            // a new project on an empty database: the first migration creates the extensions before the table
            MigrateOptions onFresh = f.options().withDatabase(MigrateFixture.settings(fresh));
            MigrateDevResult first = MigrateDev.run(
                    onFresh.withDesired(ZModelProject.desired(journey.schema())).withName("init"));
            assertEquals(
                    List.of("Create extension `citext`", "Create extension `uuid-ossp`", "Create table `accounts`"),
                    first.changes().stream().map(c -> c.summary()).toList());
            String migration = Files.readString(first.created().file());
            assertTrue(migration.contains("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\""), migration);
            fresh.execute("INSERT INTO accounts (email) VALUES ('Grace@Example.com')");
            assertEquals(
                    "1",
                    fresh.query("SELECT count(*) FROM accounts WHERE email = 'grace@example.com'")
                            .get(0)
                            .get(0),
                    "citext compares case-insensitively");

            // one more extension in the datasource: exactly one migration that creates it
            journey.write(text.replace("extensions = [citext,", "extensions = [citext, pgcrypto,"));
            MigrateDevResult added = MigrateDev.run(
                    onFresh.withDesired(ZModelProject.desired(journey.schema())).withName("crypto"));
            assertEquals(
                    List.of(new CreateExtension(new dev.zmodel.schema.Extension("pgcrypto", null))), added.changes());
            assertEquals(
                    "1",
                    fresh.query("SELECT count(*) FROM pg_extension WHERE extname = 'pgcrypto'")
                            .get(0)
                            .get(0));

            // removing it from the datasource drops nothing
            journey.write(text);
            assertTrue(
                    MigrateDev.run(onFresh.withDesired(ZModelProject.desired(journey.schema())))
                            .inSync(),
                    f.allMessages());
        }
    }

    /**
     * Domains: pulled as their base type with a note and a warning, the schema validates and agrees with the
     * database (migrate-dev in sync), the baseline creates the domains (defaults, NOT NULL, checks, collations, one
     * whose check calls a function) before the tables, and a database deployed from it has the same catalog, the
     * domains' constraints working, and pulls to the same text.
     */
    @Test
    void postgresqlDomainsArePulledAsTheirBaseTypeAndCarriedByTheBaseline() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase empty = TestDatabases.create(Provider.POSTGRESQL)) {
            f.db.execute("""
                    CREATE FUNCTION is_sku(text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 ~ '^[A-Z]-[0-9]+$' $$;
                    CREATE DOMAIN email AS varchar(255) CHECK (VALUE LIKE '%@%');
                    CREATE DOMAIN "Name" AS text COLLATE "C" NOT NULL;
                    CREATE DOMAIN quantity AS integer DEFAULT 1 CONSTRAINT quantity_positive CHECK (VALUE > 0);
                    CREATE DOMAIN sku AS text CHECK (is_sku(VALUE));
                    CREATE TABLE items (
                        id       serial PRIMARY KEY,
                        sku      sku NOT NULL UNIQUE,
                        label    "Name",
                        owner    email,
                        amount   quantity NOT NULL,
                        aliases  email[]
                    );
                    INSERT INTO items (sku, label, owner, amount) VALUES ('B-1', 'Book', 'ada@example.com', 2);
                    """);
            AdoptionJourney journey = AdoptionJourney.of(f);
            String pulled = journey.pull().text();
            assertTrue(pulled.contains("""
                    /// This model has columns declared with domains, which ZModel states as their base types; the domains \
                    and their constraints are kept by the database.
                    /// - sku: sku (text)
                    /// - label: Name (text)
                    /// - owner: email (character varying(255))
                    /// - amount: quantity (integer)
                    /// - aliases: email (character varying(255)[])
                    model Items {
                        id      Int      @id @default(autoincrement())
                        sku     String   @unique
                        label   String?
                        owner   String?  @db.VarChar(255)
                        amount  Int
                        aliases String[] @db.VarChar(255)
                    """), pulled);
            journey.assertValidates();

            MigrateBaselineResult baseline = journey.baselineCarryingAll();
            List<String> carried = baseline.carried();
            assertTrue(
                    carried.indexOf("Create domain `public.email`")
                                    < carried.indexOf("Create function `public.is_sku(pg_catalog.text)`")
                            && carried.indexOf("Create function `public.is_sku(pg_catalog.text)`")
                                    < carried.indexOf("Create domain `public.sku`"),
                    "a domain whose check calls a function after the function: " + carried);
            journey.assertInSync();

            journey.deployInto(empty);
            MigrateBaselineTest.assertSameCatalog(
                    MigrateBaselineTest.catalog(f.db), MigrateBaselineTest.catalog(empty));
            assertEquals(domains(f.db), domains(empty));
            empty.execute("INSERT INTO items (sku, label, owner) VALUES ('C-2', 'Pen', 'grace@example.com')");
            assertEquals("1", empty.query("SELECT amount FROM items").get(0).get(0), "the domain's default");
            for (String bad : List.of(
                    "INSERT INTO items (sku, label) VALUES ('nope', 'x')",
                    "INSERT INTO items (sku, label, owner) VALUES ('D-3', 'x', 'no-at-sign')",
                    "INSERT INTO items (sku) VALUES ('E-4')")) {
                assertThrows(IllegalStateException.class, () -> empty.execute(bad), bad);
            }
            journey.assertSamePull(empty, pulled);
        }
    }

    /**
     * Domains over other domains and over arrays: pulled as the base type at the end of the chain (an array domain as
     * the element type's list), the domain named in the note; the baseline creates each domain after the one it is
     * declared over (here against the alphabetical order), migrate-dev is in sync, and a database deployed from the
     * baseline has the same catalog and pulls to the same text.
     */
    @Test
    void postgresqlDomainsOverDomainsAndArrays() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase empty = TestDatabases.create(Provider.POSTGRESQL)) {
            f.db.execute("""
                    CREATE DOMAIN z_amount AS numeric(10, 2) CHECK (VALUE >= 0);
                    CREATE DOMAIN m_price AS z_amount CHECK (VALUE < 10000);
                    CREATE DOMAIN a_discount AS m_price DEFAULT 0;
                    CREATE DOMAIN y_code AS varchar(8);
                    CREATE DOMAIN b_codes AS y_code[] CHECK (cardinality(VALUE) <= 3);
                    CREATE DOMAIN c_tags AS text[] NOT NULL;
                    CREATE TABLE offers (
                        id       serial PRIMARY KEY,
                        price    m_price NOT NULL,
                        discount a_discount,
                        codes    b_codes,
                        tags     c_tags,
                        history  m_price[]
                    );
                    INSERT INTO offers (price, codes, tags, history) VALUES (10, '{AB,CD}', '{x}', '{1,2}');
                    """);
            AdoptionJourney journey = AdoptionJourney.of(f);
            String pulled = journey.pull().text();
            assertTrue(pulled.contains("""
                    /// - price: m_price (numeric(10,2))
                    /// - discount: a_discount (numeric(10,2))
                    /// - codes: b_codes (character varying(8)[])
                    /// - tags: c_tags (text[])
                    /// - history: m_price (numeric(10,2)[])
                    model Offers {
                        id       Int       @id @default(autoincrement())
                        price    Decimal   @db.Decimal(10, 2)
                        discount Decimal?  @db.Decimal(10, 2)
                        codes    String[]  @db.VarChar(8)
                        tags     String[]
                        history  Decimal[] @db.Decimal(10, 2)
                    """), pulled);
            journey.assertValidates();

            MigrateBaselineResult baseline = journey.baselineCarryingAll();
            List<String> domains = baseline.carried().stream()
                    .filter(s -> s.startsWith("Create domain"))
                    .toList();
            assertTrue(
                    domains.indexOf("Create domain `public.z_amount`")
                                    < domains.indexOf("Create domain `public.m_price`")
                            && domains.indexOf("Create domain `public.m_price`")
                                    < domains.indexOf("Create domain `public.a_discount`")
                            && domains.indexOf("Create domain `public.y_code`")
                                    < domains.indexOf("Create domain `public.b_codes`"),
                    "each domain after the one it is declared over: " + domains);
            journey.assertInSync();

            journey.deployInto(empty);
            MigrateBaselineTest.assertSameCatalog(databaseCatalog(f.db), databaseCatalog(empty));
            assertThrows(
                    IllegalStateException.class,
                    () -> empty.execute("INSERT INTO offers (price, tags) VALUES (20000, '{x}')"),
                    "the check of the domain under m_price's own");
            assertThrows(
                    IllegalStateException.class,
                    () -> empty.execute("INSERT INTO offers (price, codes, tags) VALUES (1, '{A,B,C,D}', '{x}')"),
                    "the array domain's check");
            journey.assertSamePull(empty, pulled);
        }
    }

    /**
     * PostgreSQL: a column numbered by a standalone sequence ({@code DEFAULT nextval('invoice_number')}) is pulled as
     * {@code autoincrement()} (Prisma's rule), and the baseline recreates it drawing from that sequence, not from a
     * serial of its own: the deployed database has the same catalog and numbers from the sequence's start. A column
     * drawing from another column's sequence draws from it there too, with no sequence of its own.
     */
    @Test
    void postgresqlColumnOfAStandaloneSequence() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase empty = TestDatabases.create(Provider.POSTGRESQL)) {
            f.db.execute("""
                    CREATE SEQUENCE invoice_number AS integer START WITH 1000;
                    CREATE TABLE invoice (id serial PRIMARY KEY, number integer NOT NULL DEFAULT nextval('invoice_number'));
                    CREATE TABLE credit_note (id integer PRIMARY KEY DEFAULT nextval('invoice_id_seq'));
                    INSERT INTO invoice DEFAULT VALUES;
                    """);
            AdoptionJourney journey = AdoptionJourney.of(f);
            String pulled = journey.pull().text();
            assertTrue(pulled.contains("    number Int @default(autoincrement())\n"), pulled);

            MigrateBaselineResult baseline = journey.baselineCarryingAll();
            journey.assertInSync();
            journey.deployInto(empty);
            MigrateBaselineTest.assertSameCatalog(databaseCatalog(f.db), databaseCatalog(empty));

            List<String> invoice = List.of(
                    "column public.invoice.number #2 integer notnull=true default=nextval('invoice_number'::regclass) "
                            + "generated= identity= collation=");
            assertEquals(
                    invoice,
                    databaseCatalog(empty)
                            .lines()
                            .filter(l -> l.contains("invoice.number"))
                            .toList());
            assertEquals(
                    invoice,
                    databaseCatalog(f.db)
                            .lines()
                            .filter(l -> l.contains("invoice.number"))
                            .toList());
            empty.execute("INSERT INTO invoice DEFAULT VALUES");
            assertEquals(
                    "1000", empty.query("SELECT number FROM invoice").get(0).get(0));
            empty.execute("INSERT INTO credit_note DEFAULT VALUES");
            assertEquals(
                    "2",
                    empty.query("SELECT id FROM credit_note").get(0).get(0),
                    "the credit note draws from the invoice's sequence");
        }
    }

    /**
     * MySQL/MariaDB: a later migration that changes a column through the model (a default, the nullability) keeps
     * what the database keeps and the model cannot state — an unsigned DECIMAL/DOUBLE, a collation, ON UPDATE, a
     * comment — checked in information_schema after the migration.
     */
    @Test
    void mysqlModifyColumnKeepsWhatTheModelCannotState() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.MYSQL)) {
            f.db.execute("""
                    CREATE TABLE account (
                        id         INT AUTO_INCREMENT PRIMARY KEY,
                        balance    DECIMAL(10, 2) UNSIGNED NOT NULL DEFAULT 0,
                        rate       DOUBLE UNSIGNED NULL,
                        email      VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
                        updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
                        note       VARCHAR(50) NULL COMMENT 'Free text'
                    );
                    INSERT INTO account (balance, rate, email, note) VALUES (12.5, 0.5, 'ada@example.com', 'x');
                    """);
            AdoptionJourney journey = AdoptionJourney.of(f);
            String pulled = journey.pullOf(f.db);
            journey.baseline();
            String before = columns(f.db);
            String evolved = pulled.replaceFirst(
                            "(\n    balance +Decimal +@db.Decimal\\(10, 2\\) +)@default\\(0.00\\)", "$1@default(5.00)")
                    .replaceFirst("(\n    rate +Float)\\?\n", "$1 @default(1)\n")
                    .replaceFirst("(\n    email +String)( +)", "$1?$2")
                    .replaceFirst("(\n    updatedAt +DateTime)( +)", "$1?$2")
                    .replaceFirst("(\n    note +String)\\?( +)", "$1 $2@default(\"\") ");
            assertTrue(!evolved.equals(pulled), pulled);
            MigrateDevResult changed = journey.migrateDev(evolved, "loosen");
            assertEquals(
                    List.of(
                            "Alter column `account.balance` (default)",
                            "Alter column `account.rate` (nullability, default)",
                            "Alter column `account.email` (nullability)",
                            "Alter column `account.updated_at` (nullability)",
                            "Alter column `account.note` (nullability, default)"),
                    changed.changes().stream().map(c -> c.summary()).toList(),
                    evolved + f.allMessages());
            assertEquals(
                    List.of(
                            "balance|decimal(10,2) unsigned|NO|5.00|||",
                            "email|varchar(255)|YES|NULL||utf8mb4_bin|",
                            "id|int(11)|NO||auto_increment||",
                            "note|varchar(50)|NO|''||<collation>|Free text",
                            "rate|double unsigned|NO|1|||",
                            "updated_at|timestamp|YES|current_timestamp()|on update current_timestamp()||"),
                    columns(f.db)
                            .lines()
                            .map(l -> l.replaceAll("utf8mb4_\\w+_ci", "<collation>"))
                            .toList(),
                    "before:\n" + before);
            assertEquals("1", f.scalar("SELECT count(*) FROM account"), "the row kept");
            journey.assertInSync();
        }
    }

    /** Each column's type, nullability, default, extra, collation and comment, from information_schema. */
    private static String columns(TestDatabase db) {
        return db
                .query("SELECT CONCAT_WS('|', COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COALESCE(COLUMN_DEFAULT, ''), "
                        + "EXTRA, COALESCE(COLLATION_NAME, ''), COLUMN_COMMENT) FROM information_schema.COLUMNS "
                        + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'account' ORDER BY COLUMN_NAME")
                .stream()
                .map(r -> r.get(0))
                .collect(Collectors.joining("\n"));
    }

    /** The whole database's catalog ({@link MigrateBaselineTest#POSTGRES_DATABASE_CATALOG}), sorted. */
    static String databaseCatalog(TestDatabase db) {
        return db.query(MigrateBaselineTest.POSTGRES_DATABASE_CATALOG).stream()
                .map(r -> r.get(0))
                .sorted()
                .collect(Collectors.joining("\n"));
    }

    /**
     * Evolution after adoption: the pulled schema validates; after the baseline, one added field is exactly one
     * migration with one change, applied with every row kept, and nothing the baseline carried (checks, partial and
     * expression indexes, generated columns, triggers, views, comments, collations) is dropped or rewritten — the
     * catalog differs only by the new column; both migrations build the same catalog on an empty database.
     */
    @ParameterizedTest
    @EnumSource(Provider.class)
    void anAddedFieldAfterTheBaselineIsOneMigrationKeepingEverything(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider);
                TestDatabase empty = TestDatabases.create(provider)) {
            MigrateBaselineTest.create(f.db, provider);
            AdoptionJourney journey = AdoptionJourney.of(f);
            journey.pull();
            journey.assertValidates();
            if (provider == Provider.SQLITE) {
                // payments.order_id is a BIGINT referencing an INTEGER PRIMARY KEY: stated as Int, as the key is
                String pulled = journey.text();
                String payments = pulled.substring(pulled.indexOf("model Payments {"));
                payments = payments.substring(0, payments.indexOf("\n}"));
                assertTrue(payments.matches("(?s).*\n    orderId +Int +@map\\(\"order_id\"\\)\n.*"), payments);
            }
            String baseline = journey.baseline().migration().id();
            String before = MigrateBaselineTest.catalog(f.db);
            Map<String, String> rows = rowCounts(f.db);

            String text = journey.text();
            assertTrue(text.contains("model Customers {\n"), text);
            MigrateDevResult added = journey.migrateDev(
                    text.replace("model Customers {\n", "model Customers {\n    nickname String?\n"), "add_nickname");
            journey.assertChanges(List.of("Add column `customers.nickname`"), added);
            assertTrue(added.createdApplied(), f.allMessages());
            assertEquals(List.of(baseline, added.created().id()), f.folders());
            assertEquals(rows, rowCounts(f.db), "every row kept");
            String after = MigrateBaselineTest.catalog(f.db);
            MigrateBaselineTest.assertSameCatalog(
                    before, after.lines().filter(l -> !l.contains("nickname")).collect(Collectors.joining("\n")));
            assertTrue(after.contains("nickname"), after);

            journey.assertInSync();
            journey.assertUpToDate();
            journey.deployInto(empty);
            MigrateBaselineTest.assertSameCatalog(after, MigrateBaselineTest.catalog(empty));
        }
    }

    /**
     * A table without columns: db pull comments its model out (ZModel cannot describe it), the schema validates, the
     * baseline creates the table, migrate-dev is in sync and never drops it, also after a later change; a database
     * deployed from the migrations has it and pulls to the same text.
     */
    @Test
    void postgresqlTableWithoutColumnsIsCommentedOutAndKept() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase empty = TestDatabases.create(Provider.POSTGRESQL)) {
            f.db.execute("""
                    CREATE TABLE placeholder ();
                    CREATE TABLE item (id integer PRIMARY KEY);
                    INSERT INTO placeholder DEFAULT VALUES;
                    """);
            AdoptionJourney journey = AdoptionJourney.of(f);
            String pulled = journey.pull().text();
            assertTrue(pulled.endsWith("""
                    // model Placeholder {
                    //     @@map("placeholder")
                    // }
                    """), pulled);
            journey.assertValidates();

            MigrateBaselineResult baseline = journey.baseline();
            assertTrue(
                    baseline.changes().stream().anyMatch(c -> c.summary().equals("Create table `placeholder`")),
                    baseline.changes().toString());
            journey.assertInSync();

            MigrateDevResult added = journey.migrateDev(
                    pulled.replace("model Item {\n", "model Item {\n    label String?\n"), "add_label");
            journey.assertChanges(List.of("Add column `item.label`"), added);
            assertEquals("1", f.scalar("SELECT count(*) FROM placeholder"), "the table and its row kept");
            journey.assertUpToDate();

            journey.deployInto(empty);
            MigrateBaselineTest.assertSameCatalog(
                    MigrateBaselineTest.catalog(f.db), MigrateBaselineTest.catalog(empty));
            assertEquals(
                    "0", empty.query("SELECT count(*) FROM placeholder").get(0).get(0));
            journey.assertSamePull(empty, journey.pullOf(f.db));
        }
    }

    /** Rows per table (Liquibase's own tables aside). */
    static Map<String, String> rowCounts(TestDatabase db) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = db.connect()) {
            DatabaseSchema schema = Introspectors.introspect(
                    c,
                    IntrospectionOptions.defaults()
                            .withSchemas(MigrateFixture.settings(db).schemas()));
            for (Table t : schema.tables()) {
                out.put(
                        t.name(),
                        db.query("SELECT count(*) FROM "
                                        + Dialect.of(db.provider()).quote(t.name()))
                                .get(0)
                                .get(0));
            }
        }
        return out;
    }

    /** Every domain: base type, collation, default, NOT NULL and checks as the catalog prints them. */
    private static String domains(TestDatabase db) {
        return db.query("""
                        SELECT t.typname || ' ' || format_type(t.typbasetype, t.typtypmod) || ' ' || t.typnotnull
                               || ' ' || coalesce(t.typdefault, '') || ' ' || coalesce(co.collname, '') || ' '
                               || coalesce((SELECT string_agg(c.conname || ' ' || pg_get_constraintdef(c.oid), ', '
                                                              ORDER BY c.conname)
                                            FROM pg_constraint c WHERE c.contypid = t.oid), '')
                        FROM pg_type t LEFT JOIN pg_collation co ON co.oid = t.typcollation
                        WHERE t.typtype = 'd' AND t.typnamespace = 'public'::regnamespace
                        ORDER BY t.typname""").stream().map(r -> r.get(0)).collect(java.util.stream.Collectors.joining("\n"));
    }
}
