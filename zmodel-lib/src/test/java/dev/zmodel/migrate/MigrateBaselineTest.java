package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.ZModelException;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.introspect.IntrospectionOptions;
import dev.zmodel.introspect.Introspectors;
import dev.zmodel.liquibase.ChangelogFormat;
import dev.zmodel.pull.PullResult;
import dev.zmodel.pull.PullWarning;
import dev.zmodel.schema.Table;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * migrate-baseline on real databases (docs/migrations.md#adopting-an-existing-database): a shop database with data,
 * enums, checks, partial and expression indexes, generated columns, comments, views, functions and triggers
 * (src/test/resources/migrate/baseline/) is pulled and baselined; then (a) migrate-dev with the pulled schema is in
 * sync and writes nothing, (b) migrate-status shows the baseline applied and nothing pending, (c) migrate-deploy of the
 * migrations into an empty database builds the same catalog — compared with catalog queries, views, triggers and
 * functions included — and (d) a database with history is refused.
 */
class MigrateBaselineTest {

    @ParameterizedTest
    @EnumSource(Provider.class)
    void adoptsTheDatabaseAndDeploysTheSameCatalog(Provider provider) throws Exception {
        try (MigrateFixture f = new MigrateFixture(provider);
                TestDatabase empty = TestDatabases.create(provider)) {
            create(f.db, provider);
            AdoptionJourney journey = AdoptionJourney.of(f);
            journey.pull();
            long rowsBefore = Long.parseLong(f.scalar("SELECT count(*) FROM order_items"));

            MigrateBaselineResult baseline = MigrateBaseline.run(f.options());
            String id = "20261122093100_baseline";
            assertEquals(id, baseline.migration().id());
            assertEquals(List.of(id), f.folders());
            assertEquals(
                    dev.zmodel.liquibase.MasterChangelog.render(),
                    Files.readString(f.migrations.resolve("changelog.xml")),
                    "the master runs the baseline folder through its includeAll");
            assertEquals(baseline.changesets(), f.historyRows(), "every changeset recorded as applied");
            assertEquals(rowsBefore, Long.parseLong(f.scalar("SELECT count(*) FROM order_items")), "nothing ran");
            assertEquals(
                    12,
                    baseline.changes().stream()
                            .filter(c -> c instanceof dev.zmodel.diff.CreateTable)
                            .count());
            assertTrue(
                    baseline.carried().contains(view(provider, "order_totals")),
                    baseline.carried().toString());
            assertTrue(
                    baseline.carried().contains(view(provider, "big_spenders")),
                    baseline.carried().toString());
            assertTrue(
                    baseline.carried().indexOf(view(provider, "order_totals"))
                            < baseline.carried().indexOf(view(provider, "big_spenders")),
                    "a view after the view it reads");
            assertTrue(
                    baseline.carried().stream().anyMatch(s -> s.startsWith("Create trigger `orders_audit`")),
                    baseline.carried().toString());
            assertEquals(List.of(), baseline.notCarried());
            if (provider == Provider.POSTGRESQL) {
                assertTrue(
                        f.info.contains("Created the baseline migration "
                                + baseline.migration().file()
                                + " (42 changeset(s)): 12 table(s), 2 enum type(s), 1 extension(s), and as SQL from "
                                + "the database: 1 sequence(s), 4 function(s), 2 view(s), 1 materialized view(s), "
                                + "3 trigger(s), 4 comment(s)."),
                        f.allMessages());
            }
            assertTrue(
                    f.info.stream()
                            .anyMatch(m -> m.startsWith("Recorded the baseline " + id + " as applied on "
                                    + f.settings().displayUrl() + " without running it")),
                    f.allMessages());

            // (a) migrate-dev with the pulled schema: in sync, nothing written
            f.info.clear();
            MigrateDevResult dev = MigrateDev.run(f.options().withDesired(ZModelProject.desired(journey.schema())));
            assertTrue(dev.inSync(), f.allMessages());
            assertTrue(dev.applied().isEmpty());
            assertEquals(List.of(id), f.folders(), "nothing written");
            assertTrue(f.info.stream().anyMatch(m -> m.startsWith("Already in sync")), f.allMessages());

            // (b) the history: the baseline applied, nothing pending, no drift
            MigrateStatusResult status =
                    MigrateStatus.run(f.options().withCheckDrift(true).withFailOnPending(true));
            assertTrue(status.upToDate(), f.allMessages());
            assertEquals(
                    List.of(id),
                    status.history().applied().stream().map(Migration::id).toList());

            // (c) the migrations build the same catalog in an empty database
            MigrateDeployResult deployed = journey.deployInto(empty);
            assertEquals(
                    List.of(id), deployed.applied().stream().map(Migration::id).toList());
            assertSameCatalog(catalog(f.db), catalog(empty));
            assertEquals(checks(f.db), checks(empty));
            assertEquals(
                    "0", empty.query("SELECT count(*) FROM audit_log").get(0).get(0));
            insertOrder(empty);
            assertEquals(
                    "1", empty.query("SELECT count(*) FROM audit_log").get(0).get(0), "the trigger works");

            // (d) a database with history is refused
            ZModelException refused = assertThrows(ZModelException.class, () -> MigrateBaseline.run(f.options()));
            assertEquals(
                    "migrate-baseline refuses " + f.settings().displayUrl() + ": it already has a migration "
                            + "history (" + baseline.changesets() + " changeset(s) in DATABASECHANGELOG, the last one "
                            + id
                            + "-" + baseline.changesets() + " of " + id
                            + "/migration.xml). A baseline is only for a database "
                            + "without one, where it records the first migration. Nothing was written. See what the database "
                            + "has applied with mvn zenstack:migrate-status.",
                    refused.getMessage());
            assertEquals(List.of(id), f.folders());
        }
    }

    /**
     * YAML and formatted SQL baselines run the same: a function or trigger body keeps its semicolons (formatted SQL
     * sends such a changeset as one text).
     */
    @ParameterizedTest
    @EnumSource(Provider.class)
    void yamlAndSqlFormatsDeployTheSameCatalog(Provider provider) throws Exception {
        String sql = switch (provider) {
            case POSTGRESQL -> """
                    CREATE TABLE items (id serial PRIMARY KEY, name text NOT NULL, touched int NOT NULL DEFAULT 0);
                    CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN NEW.touched := OLD.touched + 1; RETURN NEW; END $$;
                    CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();
                    CREATE VIEW named AS SELECT name FROM items WHERE name <> ';';
                    """;
            case MYSQL -> """
                    CREATE TABLE items (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL,
                                        touched INT NOT NULL DEFAULT 0);
                    CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW
                    BEGIN
                        SET NEW.touched = OLD.touched + 1;
                        SET NEW.name = TRIM(NEW.name);
                    END;
                    CREATE VIEW named AS SELECT name FROM items WHERE name <> ';';
                    CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(20) NOT NULL) ENGINE=Aria DEFAULT CHARSET=latin1
                        PARTITION BY HASH (id) PARTITIONS 2;
                    """;
            case SQLITE -> """
                    CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, touched INTEGER NOT NULL DEFAULT 0);
                    CREATE TRIGGER items_touch AFTER UPDATE OF name ON items
                    BEGIN
                        UPDATE items SET touched = touched + 1 WHERE id = NEW.id;
                        UPDATE items SET name = trim(name) WHERE id = NEW.id;
                    END;
                    CREATE VIEW named AS SELECT name FROM items WHERE name <> ';';
                    """;
        };
        for (ChangelogFormat format : List.of(ChangelogFormat.YAML, ChangelogFormat.SQL)) {
            try (MigrateFixture f = new MigrateFixture(provider);
                    TestDatabase empty = TestDatabases.create(provider)) {
                f.db.execute(sql);
                if (provider == Provider.MYSQL) {
                    // an event changeset is several statements (the time zone is set around it)
                    try (Connection c = f.db.connect();
                            Statement s = c.createStatement()) {
                        s.execute(
                                "CREATE EVENT tidy ON SCHEDULE EVERY 1 HOUR STARTS '2025-01-01 00:00:00' DISABLE DO\n"
                                        + "BEGIN\n    DELETE FROM notes WHERE body = ';';\n    UPDATE items SET touched = 0;\nEND");
                    }
                }
                MigrateBaselineResult baseline = MigrateBaseline.run(f.options().withChangelogFormat(format));
                assertEquals(
                        format.fileName(),
                        baseline.migration().file().getFileName().toString());
                MigrateDeploy.run(f.options().withDatabase(MigrateFixture.settings(empty)));
                assertSameCatalog(catalog(f.db), catalog(empty));
                empty.execute("INSERT INTO items (name) VALUES ('a'); UPDATE items SET name = 'b'");
                assertEquals(
                        "1", empty.query("SELECT touched FROM items").get(0).get(0), format + ": the trigger");
            }
        }
    }

    /** PostgreSQL with two datasource schemas: objects of both, and across them, come back in place. */
    @Test
    void postgresqlSchemas() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase empty = TestDatabases.create(Provider.POSTGRESQL)) {
            f.db.execute("""
                    CREATE SCHEMA billing;
                    COMMENT ON SCHEMA billing IS 'Money';
                    CREATE TYPE billing.currency AS ENUM ('EUR', 'USD');
                    CREATE TABLE public.customers (id serial PRIMARY KEY, name text NOT NULL);
                    CREATE TABLE billing.invoices (
                        id          serial PRIMARY KEY,
                        customer_id integer NOT NULL REFERENCES public.customers (id),
                        currency    billing.currency NOT NULL DEFAULT 'EUR',
                        amount      numeric(10, 2) NOT NULL CHECK (amount > 0),
                        issued_at   timestamptz
                    );
                    CREATE FUNCTION billing.total(c integer) RETURNS numeric LANGUAGE sql STABLE AS $$
                        SELECT coalesce(sum(amount), 0) FROM billing.invoices WHERE customer_id = c
                    $$;
                    CREATE VIEW billing.customer_totals AS
                        SELECT c.id, c.name, billing.total(c.id) AS total FROM public.customers c;
                    CREATE FUNCTION billing.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN NEW.issued_at := coalesce(NEW.issued_at, now()); RETURN NEW; END $$;
                    CREATE TRIGGER invoices_stamp BEFORE INSERT ON billing.invoices
                        FOR EACH ROW EXECUTE FUNCTION billing.stamp();
                    """);
            List<String> schemas = List.of("public", "billing");
            AdoptionJourney journey = AdoptionJourney.of(f)
                    .withDatasource("""
                            datasource db {
                                provider = "postgresql"
                                url      = env("DATABASE_URL")
                                schemas  = ["public", "billing"]
                            }
                            """)
                    .withSettings(db ->
                            new ConnectionSettings(Provider.POSTGRESQL, db.urlWithCredentials(), null, null, schemas));
            journey.pull();
            journey.baselineCarryingAll();
            journey.assertInSync();

            journey.deployInto(empty);
            for (String name : schemas) {
                assertSameCatalog(catalog(f.db, name), catalog(empty, name));
            }
            empty.execute("INSERT INTO customers (name) VALUES ('Ada');"
                    + "INSERT INTO billing.invoices (customer_id, amount) VALUES (1, 10)");
            assertEquals(
                    "10.00",
                    empty.query("SELECT total FROM billing.customer_totals")
                            .get(0)
                            .get(0));
            assertEquals(
                    "1",
                    empty.query("SELECT count(*) FROM billing.invoices WHERE issued_at IS NOT NULL")
                            .get(0)
                            .get(0),
                    "the trigger");
        }
    }

    /** A baseline of another database into a directory that has migrations: refused, naming the resolve command. */
    @Test
    void refusesADirectoryWithMigrations() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            f.db.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL)");
            String id = MigrateBaseline.run(f.options()).migration().id();
            try (TestDatabase other = TestDatabases.create(Provider.SQLITE)) {
                other.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL)");
                MigrateOptions options = f.options().withDatabase(MigrateFixture.settings(other));
                ZModelException e = assertThrows(ZModelException.class, () -> MigrateBaseline.run(options));
                assertEquals(
                        "migrate-baseline writes the first migration of a project, and " + f.migrations
                                + " already has 1 migration(s), the first one " + id + ". Nothing was written. If " + id
                                + " is the baseline of this database's schema, record it as applied on "
                                + options.database().displayUrl() + " without running it: mvn zenstack:migrate-resolve "
                                + "-Dzenstack.applied=" + id + ".",
                        e.getMessage());
                MigrateResolve.applied(options, id);
                assertTrue(MigrateStatus.run(options).upToDate());
            }
        }
    }

    @Test
    void refusesAnEmptyDatabase() {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE)) {
            f.db.execute("PRAGMA user_version = 1");
            ZModelException e = assertThrows(ZModelException.class, () -> MigrateBaseline.run(f.options()));
            assertEquals(
                    "migrate-baseline found nothing to baseline in "
                            + f.settings().displayUrl() + ": it has no "
                            + "tables, views or types. Nothing was written. Start the project's migrations with mvn "
                            + "zenstack:migrate-dev -Dzenstack.name=init.",
                    e.getMessage());
            assertFalse(Files.exists(f.migrations));
        }
    }

    /** What the baseline cannot carry is named in one warning and in the result, never dropped silently. */
    @Test
    void namesWhatItDoesNotCarry() throws IOException {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL)) {
            f.db.execute("""
                    CREATE TABLE users (id serial PRIMARY KEY, address text NOT NULL,
                        CONSTRAINT users_address_key UNIQUE (address) INCLUDE (id));
                    CREATE TABLE events (id int NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
                    CREATE INDEX events_at ON events (at) INCLUDE (id);
                    """);
            MigrateBaselineResult baseline = MigrateBaseline.run(f.options().withName("Adopt shop!"));
            assertEquals("20261122093100_adopt_shop", baseline.migration().id());
            assertEquals(
                    List.of(
                            "covering index (INCLUDE) of a constraint or a partitioned table `public.events_at` "
                                    + "(created without its INCLUDE columns)",
                            "covering index (INCLUDE) of a constraint or a partitioned table "
                                    + "`public.users_address_key` (created without its INCLUDE columns)"),
                    baseline.notCarried());
            assertEquals(1, f.warnings.size(), f.warnings.toString());
            assertTrue(
                    f.warnings
                            .get(0)
                            .startsWith("The baseline 20261122093100_adopt_shop does not recreate 2 "
                                    + "object(s) of " + f.settings().displayUrl()
                                    + "; a database built from the migrations will not "
                                    + "have them:\n  - covering index (INCLUDE) of a constraint or a partitioned "
                                    + "table `public.events_at`"),
                    f.warnings.get(0));
            assertTrue(
                    f.warnings
                            .get(0)
                            .endsWith("\nTo carry them, add them to "
                                    + baseline.migration().file()
                                    + " before it is deployed anywhere, then record the edited file on "
                                    + f.settings().displayUrl()
                                    + " with mvn zenstack:migrate-resolve -Dzenstack.rolledBack=20261122093100_adopt_shop followed by "
                                    + "mvn zenstack:migrate-resolve -Dzenstack.applied=20261122093100_adopt_shop."),
                    f.warnings.get(0));

            // the advice works: the edited baseline is recorded again and the history is clean
            Path file = baseline.migration().file();
            Files.writeString(file, Files.readString(file).replace("</databaseChangeLog>", """
                        <changeSet author="zenstack" id="20261122093100_adopt_shop-99" \
                    logicalFilePath="20261122093100_adopt_shop/migration.xml">
                            <sql>ALTER TABLE users DROP CONSTRAINT users_address_key, ADD CONSTRAINT \
                    users_address_key UNIQUE (address) INCLUDE (id)</sql>
                        </changeSet>
                    </databaseChangeLog>"""));
            MigrateResolve.rolledBack(f.options(), "adopt_shop");
            MigrateResolve.applied(f.options(), "adopt_shop");
            assertTrue(MigrateStatus.run(f.options()).upToDate(), f.allMessages());
        }
    }

    /**
     * MariaDB keeps a check declared on a column apart from one declared on the table (its catalog's LEVEL; the column
     * check is named after its column and goes with it), and stores JSON as LONGTEXT with a column check of its own.
     * The baseline writes each where the database has it, so a deployed empty database has the same checks.
     */
    @Test
    void mariadbColumnChecksStayOnTheirColumn() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.MYSQL);
                TestDatabase empty = TestDatabases.create(Provider.MYSQL)) {
            f.db.execute("""
                    CREATE TABLE product (
                        id       INT PRIMARY KEY,
                        price    DECIMAL(10, 2) NOT NULL COMMENT 'in euros' CHECK (price >= 0),
                        discount DECIMAL(10, 2) NOT NULL DEFAULT 0,
                        attrs    JSON,
                        `odd name` INT CHECK (`odd name` BETWEEN 1 AND 5),
                        CONSTRAINT discount_below_price CHECK (discount <= price)
                    );
                    INSERT INTO product (id, price, discount, `odd name`) VALUES (1, 10, 2, 3);
                    """);
            String original = catalog(f.db);
            assertTrue(original.contains("check Column product price `price` >= 0"), original);
            assertTrue(original.contains("check Table product discount_below_price"), original);
            AdoptionJourney journey = AdoptionJourney.of(f);
            journey.pull();
            MigrateBaselineResult baseline = MigrateBaseline.run(f.options());
            String migration = Files.readString(baseline.migration().file());
            assertTrue(
                    migration.contains("`price` decimal(10,2) NOT NULL COMMENT 'in euros' CHECK (`price` &gt;= 0),"),
                    migration);
            assertTrue(migration.contains("CONSTRAINT `discount_below_price` CHECK"), migration);
            journey.assertInSync();
            journey.assertUpToDate();

            journey.deployInto(empty);
            assertSameCatalog(original, catalog(empty));

            // MariaDB's MODIFY drops a column's check unless the statement restates it: a changed column keeps it
            String evolved =
                    journey.text().replaceFirst("(\\n    price +Decimal +@db.Decimal)\\(10, 2\\)", "$1(12, 2)");
            assertTrue(evolved.contains("@db.Decimal(12, 2)"), journey.text());
            MigrateDevResult widened = journey.migrateDev(evolved, "widen_price");
            assertEquals(
                    List.of("Alter column `product.price` (type)"),
                    widened.changes().stream().map(c -> c.summary()).toList(),
                    f.allMessages());
            String after = catalog(f.db);
            assertTrue(after.contains("check Column product price `price` >= 0"), after);
            assertSameCatalog(original.replace("price 2 decimal(10,2)", "price 2 decimal(12,2)"), after);
            journey.assertInSync();
            journey.deployInto(empty);
            assertSameCatalog(after, catalog(empty));
        }
    }

    /**
     * A MariaDB spatial index and a system-versioned table: db pull names both (ZModel states neither), the baseline
     * writes them as the database has them, and a deployed empty database has the same catalog (an index of type
     * SPATIAL, a table of type SYSTEM VERSIONED) — before, the index came back as a B-tree prefix index and the table
     * without its history.
     */
    @Test
    void mariadbSpatialIndexesAndSystemVersioning() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.MYSQL);
                TestDatabase empty = TestDatabases.create(Provider.MYSQL)) {
            f.db.execute("""
                    CREATE TABLE place (id INT PRIMARY KEY, pos POINT NOT NULL, SPATIAL INDEX sx_pos (pos));
                    CREATE TABLE price (sku CHAR(12) PRIMARY KEY, amount DECIMAL(10, 2) NOT NULL) WITH SYSTEM VERSIONING;
                    INSERT INTO place VALUES (1, POINT(1, 2));
                    INSERT INTO price VALUES ('A-1', 6.25);
                    """);
            String original = catalog(f.db);
            assertTrue(original.contains("index place sx_pos 1 pos 1 32 SPATIAL"), original);
            assertTrue(original.contains("table price SYSTEM VERSIONED"), original);
            AdoptionJourney journey = AdoptionJourney.of(f);
            List<String> warnings = journey.pull().warnings().stream()
                    .map(w -> w.kind() + " " + w.object() + ": " + w.message())
                    .toList();
            assertTrue(
                    warnings.stream()
                            .anyMatch(w -> w.startsWith("TABLE_STORAGE price") && w.contains("WITH SYSTEM VERSIONING")),
                    warnings.toString());
            assertTrue(
                    warnings.stream().anyMatch(w -> w.startsWith("UNSUPPORTED_INDEX place.sx_pos")),
                    warnings.toString());
            MigrateBaselineResult baseline = MigrateBaseline.run(f.options());
            String migration = Files.readString(baseline.migration().file());
            assertTrue(migration.contains("SPATIAL INDEX `sx_pos` (`pos`)"), migration);
            assertTrue(migration.contains(") WITH SYSTEM VERSIONING</sql>"), migration);
            journey.assertInSync();
            journey.assertUpToDate();

            journey.deployInto(empty);
            assertSameCatalog(original, catalog(empty));
        }
    }

    /**
     * A MariaDB INVISIBLE column (left out of SELECT *): db pull keeps it as a field with a note and a warning, the
     * baseline and a later change of the column keep it invisible, and a deployed empty database has the same
     * catalog — before, a deployed copy showed the column to every SELECT *.
     */
    @Test
    void mariadbInvisibleColumnsStayInvisible() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.MYSQL);
                TestDatabase empty = TestDatabases.create(Provider.MYSQL)) {
            f.db.execute("""
                    CREATE TABLE account (
                        id     INT PRIMARY KEY,
                        email  VARCHAR(100) NOT NULL,
                        secret VARCHAR(50) NULL INVISIBLE COMMENT 'not for SELECT *'
                    );
                    INSERT INTO account (id, email, secret) VALUES (1, 'ada@example.com', 's3');
                    """);
            String original = catalog(f.db);
            assertTrue(original.contains("column account secret 3 varchar(50) YES default=NULL INVISIBLE"), original);
            AdoptionJourney journey = AdoptionJourney.of(f);
            PullResult pulled = journey.pull();
            assertTrue(
                    pulled.warnings().stream()
                            .anyMatch(w -> w.kind() == PullWarning.Kind.INVISIBLE_COLUMN
                                    && w.object().equals("account.secret")),
                    pulled.warnings().toString());
            assertTrue(pulled.text().contains("This model has INVISIBLE columns"), pulled.text());
            MigrateBaselineResult baseline = MigrateBaseline.run(f.options());
            String migration = Files.readString(baseline.migration().file());
            assertTrue(migration.contains("`secret` varchar(50) NULL INVISIBLE COMMENT"), migration);
            journey.assertInSync();
            journey.deployInto(empty);
            assertSameCatalog(original, catalog(empty));

            // a change of the column through the model restates the whole column: it stays invisible
            String evolved = journey.text().replaceFirst("(\\n    secret +String)\\?( +)", "$1 $2@default(\"\") ");
            assertTrue(!evolved.equals(journey.text()), journey.text());
            MigrateDevResult changed = journey.migrateDev(evolved, "secret_required");
            assertEquals(
                    List.of("Alter column `account.secret` (nullability, default)"),
                    changed.changes().stream().map(c -> c.summary()).toList(),
                    f.allMessages());
            String after = catalog(f.db);
            assertTrue(after.contains("column account secret 3 varchar(50) NO default='' INVISIBLE"), after);
            assertEquals(List.of(List.of("1", "ada@example.com")), f.db.query("SELECT * FROM account"));
            journey.assertInSync();
        }
    }

    /**
     * SQLite keeps a column's collation only in its CREATE TABLE text (no pragma reports it): db pull names it (a note
     * and a COLLATION warning), and the baseline writes it, so a deployed empty database compares the same way —
     * before, {@code email ... UNIQUE COLLATE NOCASE} came back case-sensitive, its unique index too.
     */
    @Test
    void sqliteColumnCollationsAreNamedAndCarried() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.SQLITE);
                TestDatabase empty = TestDatabases.create(Provider.SQLITE)) {
            f.db.execute("""
                    CREATE TABLE customer (
                        id    INTEGER PRIMARY KEY,
                        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
                        nick  TEXT COLLATE RTRIM,
                        code  TEXT COLLATE BINARY
                    );
                    INSERT INTO customer (email, nick, code) VALUES ('ada@example.com', 'ada', 'A1');
                    """);
            AdoptionJourney journey = AdoptionJourney.of(f);
            PullResult pulled = journey.pull();
            assertEquals(
                    List.of(
                            "customer.email: The column has the collation NOCASE, which ZModel cannot express; the "
                                    + "database keeps it.",
                            "customer.nick: The column has the collation RTRIM, which ZModel cannot express; the "
                                    + "database keeps it."),
                    pulled.warnings().stream()
                            .filter(w -> w.kind() == PullWarning.Kind.COLLATION)
                            .map(w -> w.object() + ": " + w.message())
                            .toList());
            String original = catalog(f.db);
            assertTrue(original.contains("email desc=0 NOCASE"), original);
            MigrateBaseline.run(f.options());
            journey.assertInSync();
            journey.deployInto(empty);
            assertSameCatalog(original, catalog(empty));
            empty.execute("INSERT INTO customer (email, nick, code) VALUES ('ada@example.com', 'ada', 'A1')");
            assertEquals(
                    List.of(List.of("1", "1", "0")),
                    empty.query("SELECT (SELECT count(*) FROM customer WHERE email = 'ADA@example.COM'), "
                            + "(SELECT count(*) FROM customer WHERE nick = 'ada  '), "
                            + "(SELECT count(*) FROM customer WHERE code = 'a1')"),
                    "the deployed columns compare as the original's do");
        }
    }

    /**
     * PostgreSQL 15's NULLS NOT DISTINCT on a unique constraint and on a unique index (one row at most with NULL in
     * the key): db pull names it, the baseline writes it, and a deployed empty database refuses a second NULL as the
     * original does — before, the deployed keys let any number of NULLs in, and nothing said so.
     */
    @Test
    void postgresqlNullsNotDistinctIsNamedAndCarried() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase empty = TestDatabases.create(Provider.POSTGRESQL)) {
            f.db.execute("""
                    CREATE TABLE customer (
                        id    integer PRIMARY KEY,
                        email text,
                        phone text,
                        CONSTRAINT customer_email_key UNIQUE NULLS NOT DISTINCT (email)
                    );
                    CREATE UNIQUE INDEX customer_phone_idx ON customer (phone) NULLS NOT DISTINCT;
                    INSERT INTO customer VALUES (1, NULL, NULL);
                    """);
            String original = catalog(f.db);
            assertTrue(original.contains("UNIQUE NULLS NOT DISTINCT (email)"), original);
            AdoptionJourney journey = AdoptionJourney.of(f);
            PullResult pulled = journey.pull();
            assertEquals(
                    List.of("customer.customer_email_key", "customer.customer_phone_idx"),
                    pulled.warnings().stream()
                            .filter(w -> w.kind() == PullWarning.Kind.NULLS_NOT_DISTINCT)
                            .map(w -> w.object())
                            .sorted()
                            .toList(),
                    pulled.warnings().toString());
            MigrateBaseline.run(f.options());
            journey.assertInSync();
            journey.assertUpToDate();
            journey.deployInto(empty);
            assertSameCatalog(original, catalog(empty));
            empty.execute("INSERT INTO customer VALUES (1, NULL, NULL)");
            RuntimeException refused = assertThrows(
                    RuntimeException.class, () -> empty.execute("INSERT INTO customer VALUES (2, NULL, 'x')"));
            assertTrue(String.valueOf(refused.getMessage()).contains("customer_email_key"), refused.toString());
        }
    }

    /**
     * A table's replica identity (what logical replication sends of a changed row) and its columns' storage,
     * compression and statistics target: db pull names them in the TABLE_STORAGE warning, the baseline sets them
     * after the tables, and a deployed empty database has the same settings — before, a deployed copy had the
     * defaults and nothing said so.
     */
    @Test
    void postgresqlReplicaIdentityAndColumnStorageAreNamedAndCarried() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase empty = TestDatabases.create(Provider.POSTGRESQL)) {
            f.db.execute("""
                    CREATE TABLE article (
                        id     integer PRIMARY KEY,
                        body   text COMPRESSION pglz,
                        notes  text,
                        rating numeric(3, 1)
                    );
                    ALTER TABLE article ALTER COLUMN notes SET STORAGE EXTERNAL;
                    ALTER TABLE article ALTER COLUMN rating SET STATISTICS 500;
                    ALTER TABLE article REPLICA IDENTITY FULL;
                    CREATE TABLE tag (id integer PRIMARY KEY, name text NOT NULL);
                    CREATE UNIQUE INDEX tag_name_key ON tag (name);
                    ALTER TABLE tag REPLICA IDENTITY USING INDEX tag_name_key;
                    INSERT INTO article VALUES (1, 'text', NULL, 4.5);
                    """);
            String settings = """
                    SELECT c.relname || ' ' || c.relreplident::text || coalesce(' ' || (
                               SELECT string_agg(a.attname || ':' || a.attstorage::text || ':' || coalesce(a.attcompression::text, '')
                                                 || ':' || coalesce(a.attstattarget::text, ''), ' ' ORDER BY a.attnum)
                               FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0), '')
                           || coalesce(' replica index ' || (SELECT ri.relname FROM pg_index x JOIN pg_class ri
                                       ON ri.oid = x.indexrelid WHERE x.indrelid = c.oid AND x.indisreplident), '')
                    FROM pg_class c WHERE c.relname IN ('article', 'tag') ORDER BY c.relname""";
            List<List<String>> original = f.db.query(settings);
            assertTrue(original.toString().contains("article f"), original.toString());
            AdoptionJourney journey = AdoptionJourney.of(f);
            PullResult pulled = journey.pull();
            String storage = pulled.warnings().stream()
                    .filter(w -> w.kind() == PullWarning.Kind.TABLE_STORAGE)
                    .map(w -> w.object() + ": " + w.message())
                    .findFirst()
                    .orElse("");
            assertTrue(
                    storage.contains("(REPLICA IDENTITY FULL, body COMPRESSION pglz, notes STORAGE EXTERNAL, rating "
                            + "STATISTICS 500 on article, REPLICA IDENTITY USING INDEX on tag)"),
                    storage);
            MigrateBaselineResult baseline = MigrateBaseline.run(f.options());
            assertTrue(
                    baseline.carried().contains("Set replica identity `public.article`"),
                    baseline.carried().toString());
            assertTrue(
                    baseline.carried().contains("Set column storage `public.article`"),
                    baseline.carried().toString());
            journey.assertInSync();
            journey.assertUpToDate();
            journey.deployInto(empty);
            assertEquals(original, empty.query(settings));
            assertSameCatalog(catalog(f.db), catalog(empty));
        }
    }

    /**
     * A PostgreSQL foreign key MATCH FULL (a key with some columns NULL must have all of them NULL): db pull names it,
     * the baseline writes it, a model change keeps it, and a deployed database refuses a half-NULL key as the
     * original does — before, the deployed key was MATCH SIMPLE and let it in.
     */
    @Test
    void postgresqlMatchFullIsNamedAndCarried() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase empty = TestDatabases.create(Provider.POSTGRESQL)) {
            f.db.execute("""
                    CREATE TABLE region (country text, code text, PRIMARY KEY (country, code));
                    CREATE TABLE store (
                        id      integer PRIMARY KEY,
                        country text,
                        code    text,
                        CONSTRAINT store_region_fkey FOREIGN KEY (country, code) REFERENCES region MATCH FULL
                    );
                    INSERT INTO region VALUES ('DE', 'BE');
                    INSERT INTO store VALUES (1, 'DE', 'BE'), (2, NULL, NULL);
                    """);
            String original = catalog(f.db);
            assertTrue(original.contains("MATCH FULL"), original);
            AdoptionJourney journey = AdoptionJourney.of(f);
            PullResult pulled = journey.pull();
            assertEquals(
                    List.of("store.store_region_fkey"),
                    pulled.warnings().stream()
                            .filter(w -> w.kind() == PullWarning.Kind.MATCH_FULL)
                            .map(w -> w.object())
                            .toList(),
                    pulled.warnings().toString());
            MigrateBaseline.run(f.options());
            journey.assertInSync();
            journey.assertUpToDate();
            journey.deployInto(empty);
            assertSameCatalog(original, catalog(empty));
            RuntimeException refused = assertThrows(
                    RuntimeException.class,
                    () -> empty.execute(
                            "INSERT INTO region VALUES ('DE', 'BE'); INSERT INTO store VALUES (3, 'DE', NULL)"));
            assertTrue(String.valueOf(refused.getMessage()).contains("store_region_fkey"), refused.toString());

            // the model does not state MATCH FULL, and that is no difference: a field added to the table is one
            // change, and the key stays as it is
            String evolved = journey.text().replace("model Store {\n", "model Store {\n    note String?\n");
            assertTrue(!evolved.equals(journey.text()), journey.text());
            MigrateDevResult changed = journey.migrateDev(evolved, "store_note");
            assertEquals(1, changed.changes().size(), f.allMessages());
            assertTrue(catalog(f.db).contains("MATCH FULL"), catalog(f.db));
        }
    }

    /**
     * A trigger, routine or event keeps the sql_mode it was created under and runs its body with it, while the
     * baseline's CREATE runs in the deploying session's. One created under another sql_mode (ANSI_QUOTES here, which
     * reads {@code "id"} as a column where the default reads a string) is carried and named; one created under the
     * session's sql_mode is carried without a word.
     */
    @Test
    void mariadbNamesObjectsCreatedUnderAnotherSqlMode() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.MYSQL)) {
            try (Connection c = f.db.connect();
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE item (id INT PRIMARY KEY, label VARCHAR(20))");
                s.execute("CREATE TRIGGER item_label BEFORE INSERT ON item FOR EACH ROW "
                        + "SET NEW.label = COALESCE(NEW.label, 'none')");
                s.execute("SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',ANSI_QUOTES')");
                s.execute("CREATE PROCEDURE item_ids() SELECT \"id\" FROM item");
            }
            AdoptionJourney.of(f).pull();
            MigrateBaselineResult baseline = MigrateBaseline.run(f.options());
            assertTrue(
                    baseline.carried().contains("Create procedure `item_ids`"),
                    baseline.carried().toString());
            assertTrue(
                    baseline.carried().contains("Create trigger `item_label` on `item`"),
                    baseline.carried().toString());
            assertEquals(1, baseline.notCarried().size(), baseline.notCarried().toString());
            String named = baseline.notCarried().get(0);
            assertTrue(named.startsWith("sql_mode of procedure `item_ids` (created under '"), named);
            assertTrue(named.contains("ANSI_QUOTES"), named);
            assertTrue(f.allMessages().contains(named), f.allMessages());
        }
    }

    /**
     * MariaDB storage that ZModel cannot express (src/test/resources/migrate/baseline/mariadb-storage.sql): a
     * sequence behind a column default, MyISAM/Aria/MEMORY tables, a latin1 table in a utf8mb4 database, RANGE/HASH,
     * LIST COLUMNS and KEY partitioning, events. The baseline carries them: migrate-dev is in sync, a deployed empty
     * database has the same catalog (engines, collations, create options, partitions, events, the sequence), and an
     * added field is one migration that keeps rows and all of it. Only MariaDB runs here; MySQL 8 reads the same
     * information_schema columns and SHOW CREATE TABLE (sequences aside, which it has not).
     */
    @Test
    void mariadbCarriesSequencesEnginesCollationsPartitionsAndEvents() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.MYSQL);
                TestDatabase empty = TestDatabases.create(Provider.MYSQL)) {
            String sql;
            try (var in = MigrateBaselineTest.class.getResourceAsStream("/migrate/baseline/mariadb-storage.sql")) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            try (Connection c = f.db.connect();
                    Statement s = c.createStatement()) {
                for (String statement : sql.split("\n--;\n")) {
                    s.execute(statement);
                }
                // a one-time event whose time passes before the baseline (the test server's scheduler is off, so it
                // stays): a new database would drop it on creation, so it is named, not carried
                s.execute("CREATE EVENT soon ON SCHEDULE AT NOW() + INTERVAL 1 SECOND DO DELETE FROM shard");
                Thread.sleep(2100);
            }
            boolean soonKept = !f.db.query("SELECT EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = "
                            + "DATABASE() AND EVENT_NAME = 'soon'")
                    .isEmpty();
            AdoptionJourney journey = AdoptionJourney.of(f);
            journey.pull();
            String original = catalog(f.db);

            MigrateBaselineResult baseline = MigrateBaseline.run(f.options());
            List<String> carried = baseline.carried();
            for (String summary : List.of(
                    "Create sequence `order_no`",
                    "Create event `archived_once`",
                    "Create event `purge_hits`",
                    "Create event `replica_report`",
                    "Create event `rotate_log`")) {
                assertTrue(carried.contains(summary), summary + " in " + carried);
            }
            assertFalse(carried.contains("Create event `soon`"), carried.toString());
            assertTrue(
                    f.info.stream()
                            .anyMatch(m -> m.endsWith("(14 changeset(s)): 8 table(s), and as SQL from the database: 1 "
                                    + "sequence(s), 4 event(s).")),
                    f.allMessages());
            assertEquals(
                    soonKept
                            ? List.of("event `soon` (a one-time event at "
                                    + f.db.query("SELECT CAST(EXECUTE_AT AS CHAR) FROM information_schema.EVENTS "
                                                    + "WHERE EVENT_SCHEMA = DATABASE() AND EVENT_NAME = 'soon'")
                                            .get(0)
                                            .get(0)
                                    + ", which has passed, not preserved on completion: a new database drops it on "
                                    + "creation)")
                            : List.of(),
                    baseline.notCarried());
            String migration = Files.readString(baseline.migration().file());
            assertTrue(
                    migration.indexOf("CREATE SEQUENCE `order_no`") < migration.indexOf("CREATE TABLE `orders`"),
                    "the sequence before the table whose default uses it:\n" + migration);
            assertTrue(migration.contains("ENGINE=MyISAM row_format=FIXED"), migration);
            assertTrue(migration.contains("DEFAULT COLLATE=latin1_swedish_ci COMMENT"), migration);
            assertTrue(migration.contains("  PRIMARY KEY (`id`)\n) PARTITION BY KEY ()\nPARTITIONS 4"), migration);
            assertTrue(migration.contains("\n) ENGINE=MyISAM row_format=FIXED<"), migration);
            assertFalse(migration.contains("DEFINER"), "definers are not carried");

            // in sync with the pulled schema, no drift
            journey.assertInSync();
            journey.assertUpToDate();

            // an empty database gets the same catalog, but the event that was not carried
            journey.deployInto(empty);
            assertSameCatalog(
                    original.lines().filter(l -> !l.startsWith("event soon ")).collect(Collectors.joining("\n")),
                    catalog(empty));
            assertEquals(sequence(f.db), sequence(empty));
            empty.execute("INSERT INTO legacy_customer (name, email) VALUES ('Bo', 'bo@example.com');"
                    + "INSERT INTO orders (customer_id) VALUES (1)");
            assertEquals(
                    "1000", empty.query("SELECT order_no FROM orders").get(0).get(0), "the default draws the sequence");

            // an added field on the partitioned table and on the latin1 table: one migration, rows and storage kept
            Map<String, String> rows = AdoptionTest.rowCounts(f.db);
            String text = journey.text();
            String evolved = text.replace("model Measurement {\n", "model Measurement {\n    note String?\n")
                    .replace("model LegacyCustomer {\n", "model LegacyCustomer {\n    note String?\n");
            assertEquals(2, evolved.split("note String\\?", -1).length - 1, text);
            MigrateDevResult added = journey.migrateDev(evolved, "add_note");
            assertEquals(
                    List.of("Add column `legacy_customer.note`", "Add column `measurement.note`"),
                    added.changes().stream().map(c -> c.summary()).sorted().toList(),
                    f.allMessages());
            assertTrue(added.createdApplied(), f.allMessages());
            assertEquals(2, f.folders().size());
            assertEquals(rows, AdoptionTest.rowCounts(f.db), "every row kept");
            String after = catalog(f.db);
            assertSameCatalog(
                    original, after.lines().filter(l -> !l.contains(" note ")).collect(Collectors.joining("\n")));
            assertEquals(
                    "latin1 latin1_swedish_ci",
                    f.db.query("SELECT CONCAT_WS(' ', CHARACTER_SET_NAME, COLLATION_NAME) FROM information_schema"
                                    + ".COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'legacy_customer' "
                                    + "AND COLUMN_NAME = 'note'")
                            .get(0)
                            .get(0),
                    "the new column takes the table's character set");
            journey.assertInSync();
            journey.deployInto(empty);
            assertSameCatalog(
                    after.lines().filter(l -> !l.startsWith("event soon ")).collect(Collectors.joining("\n")),
                    catalog(empty));
        }
    }

    /** A MariaDB sequence's settings. */
    private static List<String> sequence(TestDatabase db) {
        return db.query("SELECT start_value, minimum_value, maximum_value, increment, cache_size, cycle_option "
                        + "FROM order_no")
                .get(0);
    }

    // ------------------------------------------------------------------ fixtures

    private static String view(Provider provider, String name) {
        return "Create view `" + (provider == Provider.POSTGRESQL ? "public." : "") + name + "`";
    }

    static void create(TestDatabase db, Provider provider) throws IOException, SQLException {
        String file = switch (provider) {
            case POSTGRESQL -> "postgresql.sql";
            case MYSQL -> "mysql.sql";
            case SQLITE -> "sqlite.sql";
        };
        try (var in = MigrateBaselineTest.class.getResourceAsStream("/migrate/baseline/" + file)) {
            db.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        if (provider == Provider.MYSQL) {
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.execute("CREATE PROCEDURE restock(IN p INT, IN n INT) MODIFIES SQL DATA COMMENT 'Adds stock'\n"
                        + "BEGIN\n    UPDATE inventory SET quantity = quantity + n WHERE product_id = p;\nEND");
            }
        }
    }

    private static void insertOrder(TestDatabase db) {
        db.execute("INSERT INTO customers (email, full_name) VALUES ('grace@example.com', 'Grace Hopper');"
                + "INSERT INTO orders (customer_id) VALUES (1)");
    }

    /** The checks of every table, through introspection (SQLite has no catalog of them but the table's text). */
    private static String checks(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return Introspectors.introspect(
                            c,
                            IntrospectionOptions.defaults()
                                    .withSchemas(MigrateFixture.settings(db).schemas()))
                    .tables()
                    .stream()
                    .flatMap(
                            (Table t) -> t.checks().stream().map(k -> t.name() + " " + k.name() + " " + k.expression()))
                    .sorted()
                    .collect(Collectors.joining("\n"));
        }
    }

    /** Equal catalogs; on a difference the message lists only the lines that differ. */
    static void assertSameCatalog(String original, String deployed) {
        List<String> a = List.of(original.split("\n"));
        List<String> b = List.of(deployed.split("\n"));
        assertEquals(
                original,
                deployed,
                "only in the original:\n  "
                        + a.stream().filter(l -> !b.contains(l)).collect(Collectors.joining("\n  "))
                        + "\nonly in the deployed database:\n  "
                        + b.stream().filter(l -> !a.contains(l)).collect(Collectors.joining("\n  ")) + "\n");
    }

    /** The catalog, one line per fact, sorted; database names replaced by {@code <db>}. */
    static String catalog(TestDatabase db) {
        return catalog(db, "public");
    }

    /** The catalog; of PostgreSQL's schema {@code schema}. */
    static String catalog(TestDatabase db, String schema) {
        String sql = switch (db.provider()) {
            case POSTGRESQL -> POSTGRES_CATALOG.replace("'public'", "'" + schema + "'");
            case MYSQL ->
                db.query("SELECT VERSION()").get(0).get(0).contains("MariaDB")
                        // MariaDB tells a check declared on its column from one declared on the table (LEVEL, 10.5.10+)
                        ? MYSQL_CATALOG.replace("'check', TABLE_NAME,", "'check', LEVEL, TABLE_NAME,")
                        : MYSQL_CATALOG;
            case SQLITE -> SQLITE_CATALOG;
        };
        return db.query(sql).stream()
                .map(r -> r.get(0))
                .map(s -> s.replace(db.name(), "<db>"))
                .sorted()
                .collect(Collectors.joining("\n"));
    }

    private static final String NOT_EXTENSION =
            "NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = %s " + "AND e.objid = %s AND e.deptype = 'e')";

    static final String POSTGRES_CATALOG = """
            SELECT 'column ' || table_name || '.' || column_name || ' #' || ordinal_position || ' ' || data_type || ' '
                   || udt_name || ' null=' || is_nullable || ' default=' || coalesce(column_default, '')
                   || ' generated=' || coalesce(generation_expression, '') || ' identity='
                   || coalesce(identity_generation, '') || ' length=' || coalesce(character_maximum_length::text, '')
                   || ' numeric=' || coalesce(numeric_precision::text, '') || ',' || coalesce(numeric_scale::text, '')
                   || ' collation=' || coalesce(collation_name, '')
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name NOT ILIKE 'databasechangelog%%'
            UNION ALL
            SELECT 'relation ' || relname || ' ' || relkind::text || ' ' || relpersistence::text || ' '
                   || coalesce(array_to_string(reloptions, ','), '')
            FROM pg_class c
            WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'v', 'm', 'S', 'i')
              AND relname NOT ILIKE 'databasechangelog%%' AND %1$s
            UNION ALL
            SELECT 'index ' || indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename NOT ILIKE 'databasechangelog%%'
            UNION ALL
            SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND conrelid <> 0
              AND conrelid::regclass::text NOT ILIKE 'databasechangelog%%'
            UNION ALL
            SELECT 'view ' || viewname || ' ' || definition FROM pg_views WHERE schemaname = 'public'
            UNION ALL
            SELECT 'materialized view ' || matviewname || ' ' || definition FROM pg_matviews WHERE schemaname = 'public'
            UNION ALL
            SELECT 'trigger ' || pg_get_triggerdef(oid) || ' enabled=' || tgenabled::text FROM pg_trigger
            WHERE NOT tgisinternal
            UNION ALL
            SELECT 'function ' || pg_get_functiondef(p.oid) FROM pg_proc p
            WHERE pronamespace = 'public'::regnamespace AND %2$s
            UNION ALL
            SELECT 'comment ' || o.type || ' ' || o.identity || ' ' || d.description
            FROM pg_description d, pg_identify_object(d.classoid, d.objoid, d.objsubid) o
            WHERE (o.schema = 'public' OR o.type IN ('schema', 'trigger')) AND NOT EXISTS (SELECT 1 FROM pg_depend e
                WHERE e.classid = d.classoid AND e.objid = d.objoid AND e.deptype = 'e')
            UNION ALL
            SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
            FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
            WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname
            UNION ALL
            SELECT 'extension ' || extname || ' ' || extnamespace::regnamespace FROM pg_extension
            UNION ALL
            SELECT 'sequence ' || sequencename || ' ' || data_type || ' ' || start_value || ' ' || increment_by || ' '
                   || min_value || ' ' || max_value || ' ' || cache_size || ' ' || cycle
            FROM pg_sequences WHERE schemaname = 'public'
            """.formatted(
                    NOT_EXTENSION.formatted("'pg_class'::regclass", "c.oid"),
                    NOT_EXTENSION.formatted("'pg_proc'::regclass", "p.oid"));

    /**
     * PostgreSQL's catalog of a whole database, every schema but the system ones, one line per fact: schemas,
     * extensions, relations with their kind, persistence and options (their TOAST table's too), inheritance parents
     * (partitions' too), columns (type, NOT NULL, default, generation, identity,
     * collation), constraints of tables and domains, indexes ({@code pg_get_indexdef}), view and materialized view
     * definitions, triggers with their enabled state, functions and procedures ({@code pg_get_functiondef}),
     * sequences, enum, domain, range and composite types, aggregates (kind, direct arguments), policies, rules,
     * comments, collations (provider, locale, deterministic), extended statistics (with their target), event triggers
     * (event, tags, function, enabled state), foreign tables (server, table and column options) and servers.
     * Liquibase's history tables and what belongs to an extension are left out.
     */
    static final String POSTGRES_DATABASE_CATALOG = """
            WITH ns AS (SELECT oid, nspname FROM pg_namespace
                        WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg_temp%'
                          AND nspname NOT LIKE 'pg_toast_temp%'),
                 ext AS (SELECT objid, classid FROM pg_depend WHERE deptype = 'e')
            SELECT 'schema ' || nspname FROM ns
            UNION ALL
            SELECT 'extension ' || extname || ' in ' || extnamespace::regnamespace FROM pg_extension
            UNION ALL
            SELECT 'relation ' || n.nspname || '.' || c.relname || ' kind=' || c.relkind::text || ' persistence='
                   || c.relpersistence::text || ' options=' || coalesce(array_to_string(c.reloptions, ','), '')
                   || ' row_security=' || c.relrowsecurity || ' force_row_security=' || c.relforcerowsecurity
                   || ' toast_options=' || coalesce((SELECT array_to_string(t.reloptions, ',') FROM pg_class t
                                                     WHERE t.oid = c.reltoastrelid), '')
            FROM pg_class c JOIN ns n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'i', 'f') AND c.relname NOT ILIKE 'databasechangelog%'
              AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)
            UNION ALL
            SELECT 'column ' || n.nspname || '.' || c.relname || '.' || a.attname || ' #' || a.attnum || ' '
                   || format_type(a.atttypid, a.atttypmod) || ' notnull=' || a.attnotnull || ' default='
                   || coalesce(CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END, '')
                   || ' generated=' || coalesce(CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) END, '')
                   || ' identity=' || a.attidentity::text || ' collation='
                   || coalesce(co.collnamespace::regnamespace || '.' || co.collname, '')
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c')
            JOIN ns n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> (SELECT typcollation FROM pg_type WHERE oid = a.atttypid)
            WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname NOT ILIKE 'databasechangelog%'
              AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)
            UNION ALL
            SELECT 'constraint ' || n.nspname || '.' || coalesce(c.relname, t.typname) || ' ' || k.conname || ' '
                   || pg_get_constraintdef(k.oid)
            FROM pg_constraint k JOIN ns n ON n.oid = k.connamespace
            LEFT JOIN pg_class c ON c.oid = k.conrelid LEFT JOIN pg_type t ON t.oid = k.contypid
            WHERE coalesce(c.relname, t.typname) NOT ILIKE 'databasechangelog%'
            UNION ALL
            SELECT 'inherits ' || n.nspname || '.' || c.relname || ' from ' || i.inhparent::regclass::text || ' #'
                   || i.inhseqno
            FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN ns n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'f')
            UNION ALL
            SELECT 'index ' || pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN ns n ON n.oid = c.relnamespace
            WHERE c.relname NOT ILIKE 'databasechangelog%'
            UNION ALL
            SELECT 'view ' || n.nspname || '.' || c.relname || ' ' || pg_get_viewdef(c.oid, true)
            FROM pg_class c JOIN ns n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm')
            UNION ALL
            SELECT 'trigger ' || pg_get_triggerdef(t.oid) || ' enabled=' || t.tgenabled::text
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN ns n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal
            UNION ALL
            SELECT 'function ' || pg_get_functiondef(p.oid)
            FROM pg_proc p JOIN ns n ON n.oid = p.pronamespace
            WHERE p.prokind IN ('f', 'p')
              AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_proc'::regclass AND ext.objid = p.oid)
            UNION ALL
            SELECT 'sequence ' || schemaname || '.' || sequencename || ' ' || data_type || ' ' || start_value || ' '
                   || increment_by || ' ' || min_value || ' ' || max_value || ' ' || cache_size || ' ' || cycle
            FROM pg_sequences WHERE sequencename NOT ILIKE 'databasechangelog%'
            UNION ALL
            SELECT 'type ' || n.nspname || '.' || t.typname || ' kind=' || t.typtype::text
                   || CASE WHEN t.typtype = 'd' THEN ' base=' || format_type(t.typbasetype, t.typtypmod) || ' notnull='
                               || t.typnotnull || ' default=' || coalesce(t.typdefault, '') || ' collation='
                               || coalesce((SELECT collname FROM pg_collation WHERE oid = t.typcollation), '')
                           WHEN t.typtype = 'e' THEN ' labels='
                               || (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid)
                           WHEN t.typtype = 'r' THEN (SELECT ' subtype=' || format_type(r.rngsubtype, NULL) || ' opclass='
                               || (SELECT opcname FROM pg_opclass WHERE oid = r.rngsubopc) || ' collation='
                               || coalesce((SELECT collname FROM pg_collation WHERE oid = r.rngcollation), '') || ' canonical='
                               || r.rngcanonical::regproc || ' diff=' || r.rngsubdiff::regproc || ' multirange='
                               || format_type(r.rngmultitypid, NULL) FROM pg_range r WHERE r.rngtypid = t.oid)
                           ELSE '' END
            FROM pg_type t JOIN ns n ON n.oid = t.typnamespace
            WHERE t.typtype IN ('d', 'e', 'r', 'c') AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
              AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_type'::regclass AND ext.objid = t.oid)
            UNION ALL
            SELECT 'aggregate ' || a.aggfnoid::regprocedure || ' kind=' || a.aggkind::text || ' sfunc=' || a.aggtransfn
                   || ' stype=' || format_type(a.aggtranstype, NULL) || ' final=' || a.aggfinalfn || ' extra='
                   || a.aggfinalextra || ' modify=' || a.aggfinalmodify::text || ' combine=' || a.aggcombinefn
                   || ' direct=' || a.aggnumdirectargs || ' init=' || coalesce(a.agginitval, '') || ' msfunc=' || a.aggmtransfn || ' minv='
                   || a.aggminvtransfn || ' mstype=' || format_type(a.aggmtranstype, NULL) || ' minit='
                   || coalesce(a.aggminitval, '') || ' sortop=' || a.aggsortop::regoperator || ' parallel='
                   || p.proparallel::text
            FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid JOIN ns n ON n.oid = p.pronamespace
            WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_proc'::regclass AND ext.objid = p.oid)
            UNION ALL
            SELECT 'policy ' || schemaname || '.' || tablename || ' ' || policyname || ' ' || permissive || ' '
                   || array_to_string(roles, ',') || ' ' || cmd || ' using=' || coalesce(qual, '') || ' check='
                   || coalesce(with_check, '')
            FROM pg_policies WHERE schemaname IN (SELECT nspname FROM ns)
            UNION ALL
            SELECT 'rule ' || n.nspname || '.' || c.relname || ' ' || pg_get_ruledef(r.oid) || ' enabled='
                   || r.ev_enabled::text
            FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN ns n ON n.oid = c.relnamespace
            WHERE r.rulename <> '_RETURN'
            UNION ALL
            SELECT 'comment ' || o.type || ' ' || o.identity || ' ' || d.description
            FROM pg_description d CROSS JOIN LATERAL pg_identify_object(d.classoid, d.objoid, d.objsubid) o
            WHERE (o.schema IN (SELECT nspname FROM ns) OR o.type IN ('trigger', 'policy', 'rule')
                   OR (o.type = 'schema' AND o.identity IN (SELECT nspname FROM ns) AND o.identity <> 'public'))
              AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = d.classoid AND ext.objid = d.objoid)
            UNION ALL
            SELECT 'collation ' || n.nspname || '.' || co.collname || ' provider=' || co.collprovider::text
                   || ' deterministic=' || co.collisdeterministic || ' collate=' || coalesce(co.collcollate, '')
                   || ' ctype=' || coalesce(co.collctype, '') || ' locale='
                   || coalesce(to_jsonb(co) ->> 'colllocale', to_jsonb(co) ->> 'colliculocale', '')
            FROM pg_collation co JOIN ns n ON n.oid = co.collnamespace
            WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_collation'::regclass AND ext.objid = co.oid)
            UNION ALL
            SELECT 'statistics ' || pg_get_statisticsobjdef(s.oid) || ' target='
                   || coalesce(to_jsonb(s) ->> 'stxstattarget', '')
            FROM pg_statistic_ext s JOIN ns n ON n.oid = s.stxnamespace
            UNION ALL
            SELECT 'event trigger ' || evtname || ' on ' || evtevent || ' tags=' || coalesce(array_to_string(evttags, ','), '')
                   || ' function=' || evtfoid::regproc || ' enabled=' || evtenabled::text
            FROM pg_event_trigger
            WHERE NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = 'pg_event_trigger'::regclass AND ext.objid = pg_event_trigger.oid)
            UNION ALL
            SELECT 'foreign table ' || n.nspname || '.' || c.relname || ' server=' || s.srvname || ' options='
                   || coalesce(array_to_string(ft.ftoptions, ','), '') || ' column options='
                   || coalesce((SELECT string_agg(a.attname || ':' || array_to_string(a.attfdwoptions, ','), ';' ORDER BY a.attnum)
                                FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attfdwoptions IS NOT NULL), '')
            FROM pg_foreign_table ft JOIN pg_class c ON c.oid = ft.ftrelid JOIN ns n ON n.oid = c.relnamespace
            JOIN pg_foreign_server s ON s.oid = ft.ftserver
            UNION ALL
            SELECT 'server ' || s.srvname || ' wrapper=' || w.fdwname || ' type=' || coalesce(s.srvtype, '')
                   || ' version=' || coalesce(s.srvversion, '') || ' options=' || coalesce(array_to_string(s.srvoptions, ','), '')
            FROM pg_foreign_server s JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw
            """;

    static final String MYSQL_CATALOG = """
            SELECT CONCAT_WS(' ', 'table', TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COLLATION,
                   CONCAT('options=', COALESCE(CREATE_OPTIONS, '')), TABLE_COMMENT)
            FROM information_schema.TABLES
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME NOT LIKE 'DATABASECHANGELOG%'
            UNION ALL
            SELECT CONCAT_WS(' ', 'column', TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE,
                   CONCAT('default=', COALESCE(COLUMN_DEFAULT, '')), EXTRA, CHARACTER_SET_NAME, COLLATION_NAME, COLUMN_COMMENT,
                   CONCAT('generated=', COALESCE(GENERATION_EXPRESSION, '')))
            FROM information_schema.COLUMNS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME NOT LIKE 'DATABASECHANGELOG%'
            UNION ALL
            SELECT CONCAT_WS(' ', 'index', TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, NON_UNIQUE,
                   COALESCE(SUB_PART, ''), INDEX_TYPE)
            FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME NOT LIKE 'DATABASECHANGELOG%'
            UNION ALL
            SELECT CONCAT_WS(' ', 'constraint', TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE)
            FROM information_schema.TABLE_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME NOT LIKE 'DATABASECHANGELOG%'
            UNION ALL
            SELECT CONCAT_WS(' ', 'check', TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE)
            FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()
            UNION ALL
            SELECT CONCAT_WS(' ', 'foreign key', TABLE_NAME, CONSTRAINT_NAME, REFERENCED_TABLE_NAME, UPDATE_RULE,
                   DELETE_RULE)
            FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()
            UNION ALL
            SELECT CONCAT_WS(' ', 'key column', TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, ORDINAL_POSITION,
                   COALESCE(REFERENCED_TABLE_NAME, ''), COALESCE(REFERENCED_COLUMN_NAME, ''))
            FROM information_schema.KEY_COLUMN_USAGE
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME NOT LIKE 'DATABASECHANGELOG%'
            UNION ALL
            SELECT CONCAT_WS(' ', 'view', TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION, SECURITY_TYPE)
            FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()
            UNION ALL
            SELECT CONCAT_WS(' ', 'trigger', TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION, EVENT_OBJECT_TABLE,
                   ACTION_ORDER, ACTION_STATEMENT)
            FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()
            UNION ALL
            SELECT CONCAT_WS(' ', 'routine', ROUTINE_NAME, ROUTINE_TYPE, COALESCE(DTD_IDENTIFIER, ''),
                   IS_DETERMINISTIC, SQL_DATA_ACCESS, SECURITY_TYPE, ROUTINE_COMMENT, ROUTINE_DEFINITION)
            FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()
            UNION ALL
            SELECT CONCAT_WS(' ', 'parameter', SPECIFIC_NAME, ORDINAL_POSITION, COALESCE(PARAMETER_MODE, ''),
                   COALESCE(PARAMETER_NAME, ''), DTD_IDENTIFIER)
            FROM information_schema.PARAMETERS WHERE SPECIFIC_SCHEMA = DATABASE()
            UNION ALL
            SELECT CONCAT_WS(' ', 'partition', TABLE_NAME, PARTITION_NAME, PARTITION_ORDINAL_POSITION,
                   COALESCE(SUBPARTITION_NAME, ''), COALESCE(SUBPARTITION_ORDINAL_POSITION, ''), PARTITION_METHOD,
                   COALESCE(SUBPARTITION_METHOD, ''), COALESCE(PARTITION_EXPRESSION, ''),
                   COALESCE(SUBPARTITION_EXPRESSION, ''), COALESCE(PARTITION_DESCRIPTION, ''), PARTITION_COMMENT)
            FROM information_schema.PARTITIONS
            WHERE TABLE_SCHEMA = DATABASE() AND PARTITION_NAME IS NOT NULL
            UNION ALL
            SELECT CONCAT_WS(' ', 'event', EVENT_NAME, TIME_ZONE, EVENT_TYPE, COALESCE(EXECUTE_AT, ''),
                   COALESCE(INTERVAL_VALUE, ''), COALESCE(INTERVAL_FIELD, ''), COALESCE(STARTS, ''),
                   COALESCE(ENDS, ''), STATUS, ON_COMPLETION, EVENT_COMMENT, EVENT_DEFINITION)
            FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()
            """;

    /**
     * The baseline's CREATE TABLE is the differ's: declared type names in lower case unless SQLite standardizes
     * them ({@code numeric} for {@code NUMERIC}), no space after a comma ({@code NUMERIC(10,2)}), {@code NOT NULL} on an
     * {@code INTEGER PRIMARY KEY} (a rowid alias holds no NULL either way) and quoted identifiers. SQLite treats those
     * the same, so types are compared case-insensitively and without spaces, a rowid alias's NOT NULL is not compared and index texts are compared without quotes ({@code "x"} and {@code [x]}) and without a space before the parenthesis.
     */
    static final String SQLITE_CATALOG = """
            SELECT 'column ' || m.name || '.' || c.name || ' #' || c.cid || ' ' || replace(upper(c.type), ' ', '')
                   || ' notnull='
                   || CASE WHEN c.pk = 1 AND upper(c.type) = 'INTEGER' AND m.sql NOT LIKE '%WITHOUT ROWID%'
                           AND (SELECT count(*) FROM pragma_table_info(m.name) k WHERE k.pk > 0) = 1
                           THEN 'rowid' ELSE c."notnull" END
                   || ' default=' || coalesce(c.dflt_value, '') || ' pk=' || c.pk || ' hidden=' || c.hidden
            FROM sqlite_master m, pragma_table_xinfo(m.name) c
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND m.name NOT LIKE 'DATABASECHANGELOG%'
            UNION ALL
            SELECT 'table ' || name || ' without_rowid=' || (sql LIKE '%WITHOUT ROWID%') || ' autoincrement='
                   || (sql LIKE '%AUTOINCREMENT%')
            FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'DATABASECHANGELOG%'
            UNION ALL
            SELECT 'index ' || m.name || ' ' || il.name || ' unique=' || il."unique" || ' origin=' || il.origin
                   || ' partial=' || il.partial || ' '
                   || (SELECT group_concat(coalesce(x.name, '<expression>') || ' desc=' || x."desc" || ' '
                              || coalesce(x.coll, ''), ', ') FROM pragma_index_xinfo(il.name) x WHERE x.key)
            FROM sqlite_master m, pragma_index_list(m.name) il
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND m.name NOT LIKE 'DATABASECHANGELOG%'
            UNION ALL
            SELECT 'foreign key ' || m.name || ' ' || f.id || ' ' || f.seq || ' ' || f."table" || ' ' || f."from" || ' '
                   || coalesce(f."to", '') || ' ' || f.on_update || ' ' || f.on_delete
            FROM sqlite_master m, pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND m.name NOT LIKE 'DATABASECHANGELOG%'
            UNION ALL
            SELECT type || ' ' || name || ' on ' || tbl_name || ': ' || sql FROM sqlite_master
            WHERE type IN ('view', 'trigger')
            UNION ALL
            SELECT 'index sql ' || name || ': '
                   || replace(replace(replace(replace(sql, '"', ''), '[', ''), ']', ''), ' (', '(')
            FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
            """;
}
