package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.datasource.ConnectionSettings;
import dev.zmodel.pull.PullResult;
import dev.zmodel.pull.PullWarning;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL objects ZModel cannot express that migrate-baseline carries as SQL from the database's own definitions:
 * composite and range types (and columns of them), row-level security with its policies, rules and aggregates,
 * partitions, table-level objects (unlogged tables, storage options, covering indexes, inheritance, columns drawing
 * from another column's sequence), collations, extended statistics, event triggers and foreign tables. A database with
 * them, baselined and deployed into an empty database, has the same whole-database catalog
 * ({@link MigrateBaselineTest#POSTGRES_DATABASE_CATALOG}), and migrate-dev with the pulled schema says in sync.
 */
class PostgresBaselineObjectsTest {

    private static final String DATABASE = """
            CREATE TYPE address AS (street text COLLATE "C", city text, zip varchar(10));
            CREATE TYPE geo AS (home address, "Tags" text[]);
            CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
            CREATE TYPE price_band AS RANGE (subtype = numeric, multirange_type_name = price_bands);
            COMMENT ON TYPE address IS 'A postal address';
            COMMENT ON COLUMN address.city IS 'Town or city';
            CREATE TABLE accounts (
                id       serial PRIMARY KEY,
                owner    text NOT NULL DEFAULT current_user,
                billing  address,
                place    geo,
                weights  floatrange,
                prices   price_band NOT NULL DEFAULT '[1,10)',
                booked   tstzrange
            );
            ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
            ALTER TABLE accounts FORCE ROW LEVEL SECURITY;
            CREATE POLICY owner_reads ON accounts FOR SELECT USING (owner = current_user);
            CREATE POLICY owner_writes ON accounts AS RESTRICTIVE FOR UPDATE TO PUBLIC
                USING (owner = current_user) WITH CHECK (owner = current_user AND id > 0);
            CREATE POLICY admins ON accounts TO postgres USING (true);
            CREATE TABLE audit (id serial PRIMARY KEY, note text NOT NULL);
            ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
            CREATE RULE audit_keep AS ON DELETE TO audit DO INSTEAD NOTHING;
            CREATE RULE audit_log AS ON UPDATE TO accounts DO ALSO INSERT INTO audit (note) VALUES ('changed ' || OLD.id);
            ALTER TABLE accounts DISABLE RULE audit_log;
            COMMENT ON POLICY owner_reads ON accounts IS 'Owners see their accounts';
            COMMENT ON RULE audit_keep ON audit IS 'The audit is never deleted';
            CREATE FUNCTION longer(a text, b text) RETURNS text LANGUAGE sql IMMUTABLE
                AS $$ SELECT CASE WHEN length(b) > length(a) THEN b ELSE a END $$;
            CREATE AGGREGATE longest(text) (SFUNC = longer, STYPE = text, INITCOND = '', PARALLEL = SAFE);
            CREATE AGGREGATE total_weight(floatrange) (SFUNC = range_merge, STYPE = floatrange);
            CREATE AGGREGATE latest(timestamptz) (
                SFUNC = timestamptz_larger, STYPE = timestamptz, COMBINEFUNC = timestamptz_larger, SORTOP = >);
            COMMENT ON AGGREGATE longest(text) IS 'The longest text';
            CREATE VIEW longest_owner AS SELECT longest(owner) AS owner FROM accounts;
            """;

    /**
     * A music catalogue's schema-level objects: MusicBrainz's ICU collation (used by a column, a domain and a foreign
     * table's column), a non-deterministic and a libc collation, extended statistics (on columns and on an
     * expression, one with a target), an ordered-set and a hypothetical-set aggregate, event triggers (one limited
     * to tags, one disabled), and a foreign table on a {@code file_fdw} server with a user mapping. Event triggers,
     * {@code file_fdw} and its file option need a superuser: the database is made, and deployed, as one.
     */
    private static final String SCHEMA_OBJECTS = """
            CREATE COLLATION musicbrainz (provider = icu, locale = '@colCaseFirst=lower;colNumeric=yes');
            CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
            CREATE COLLATION bytewise (provider = libc, lc_collate = 'C', lc_ctype = 'C');
            COMMENT ON COLLATION musicbrainz IS 'Sorts like MusicBrainz';
            CREATE DOMAIN artist_sort_name AS text COLLATE musicbrainz;
            CREATE TABLE artist (
                id          serial PRIMARY KEY,
                name        text NOT NULL COLLATE musicbrainz,
                sort_name   artist_sort_name,
                email       text COLLATE case_insensitive,
                code        varchar(12) COLLATE bytewise,
                begin_year  integer,
                end_year    integer,
                country     char(2)
            );
            CREATE INDEX artist_name_lower ON artist (lower(name));
            CREATE STATISTICS artist_years (dependencies, ndistinct) ON begin_year, end_year FROM artist;
            ALTER STATISTICS artist_years SET STATISTICS 500;
            CREATE STATISTICS artist_name_country ON (lower(name)), country FROM artist;
            COMMENT ON STATISTICS artist_years IS 'Active years go together';
            CREATE AGGREGATE percentile(float8 ORDER BY float8) (
                SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_cont_float8_final);
            CREATE AGGREGATE rank_among(VARIADIC "any" ORDER BY VARIADIC "any") (
                SFUNC = ordered_set_transition_multi, STYPE = internal, FINALFUNC = rank_final, FINALFUNC_EXTRA,
                HYPOTHETICAL);
            CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql
                AS $$ BEGIN RAISE NOTICE 'schema change: %', tg_tag; END $$;
            CREATE EVENT TRIGGER log_table_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
                EXECUTE FUNCTION log_ddl();
            CREATE EVENT TRIGGER log_drops ON sql_drop EXECUTE FUNCTION log_ddl();
            ALTER EVENT TRIGGER log_drops DISABLE;
            COMMENT ON EVENT TRIGGER log_table_ddl IS 'Schema changes in the server log';
            CREATE EXTENSION file_fdw;
            CREATE SERVER dumps FOREIGN DATA WRAPPER file_fdw;
            CREATE USER MAPPING FOR CURRENT_USER SERVER dumps;
            CREATE FOREIGN TABLE release_import (
                id       integer NOT NULL,
                title    text OPTIONS (force_not_null 'true') COLLATE musicbrainz,
                released date
            ) SERVER dumps OPTIONS (filename '/tmp/releases.csv', format 'csv', header 'true');
            COMMENT ON FOREIGN TABLE release_import IS 'The nightly release dump';
            COMMENT ON COLUMN release_import.released IS 'First release date';
            CREATE VIEW import_titles AS SELECT title FROM release_import;
            INSERT INTO artist (name, sort_name, email, code, begin_year, end_year, country)
                VALUES ('Beatles, The', 'Beatles, The', 'info@beatles.example', 'B-1', 1960, 1970, 'GB'),
                       ('Queen', 'Queen', 'Queen@queen.example', 'Q-1', 1970, NULL, 'GB');
            """;

    /**
     * Collations, extended statistics, ordered-set and hypothetical-set aggregates, event triggers and a foreign table
     * with its server come back on a database deployed from the baseline (same whole-database catalog); only the
     * user mapping, which holds credentials, is named as not carried. migrate-dev is in sync after the baseline, and
     * a field added later is one migration that keeps the rows and every one of these objects.
     */
    @Test
    void carriesCollationsStatisticsAggregatesEventTriggersAndForeignTables() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase empty = TestDatabases.create(Provider.POSTGRESQL)) {
            asAdmin(f.db, SCHEMA_OBJECTS);
            AdoptionJourney journey = AdoptionJourney.of(f).withSettings(PostgresBaselineObjectsTest::adminSettings);
            try (Connection c = TestDatabases.connectAsAdmin(Provider.POSTGRESQL, f.db.name())) {
                PullResult pull = journey.pull(c);
                // the foreign table is no model, and the pull says so by name, with its server
                assertEquals(
                        List.of("release_import"),
                        pull.warnings().stream()
                                .filter(w -> w.kind() == PullWarning.Kind.FOREIGN_TABLE)
                                .map(PullWarning::object)
                                .toList());
                assertTrue(
                        pull.warnings().stream().anyMatch(w -> w.message().contains("release_import SERVER dumps")),
                        pull.warnings().toString());
            }
            String pulled = journey.text();
            assertTrue(pulled.contains("COLLATE \"public\".\"musicbrainz\""), pulled);
            assertFalse(pulled.contains("release_import"), pulled);

            MigrateBaselineResult baseline = journey.baseline();
            assertEquals(
                    List.of("user mapping `postgres for server dumps` (holds credentials: create it where the baseline "
                            + "is deployed, with CREATE USER MAPPING)"),
                    baseline.notCarried());
            List<String> carried = baseline.carried();
            assertTrue(
                    carried.indexOf("Create collation `public.musicbrainz`")
                            < carried.indexOf("Create domain `public.artist_sort_name`"),
                    "a collation before the domain that uses it: " + carried);
            assertTrue(carried.contains("Create collation `public.case_insensitive`"), carried.toString());
            assertTrue(carried.contains("Create collation `public.bytewise`"), carried.toString());
            assertTrue(carried.contains("Create statistics `public.artist_name_country`"), carried.toString());
            assertTrue(
                    carried.contains("Create aggregate `public.percentile(double precision,double precision)`"),
                    carried.toString());
            assertTrue(
                    carried.indexOf("Create function `public.log_ddl()`")
                            < carried.indexOf("Create event trigger `log_table_ddl`"),
                    "an event trigger after its function: " + carried);
            assertTrue(
                    carried.indexOf("Create server `dumps`")
                                    < carried.indexOf("Create foreign table `public.release_import`")
                            && carried.indexOf("Create foreign table `public.release_import`")
                                    < carried.indexOf("Create view `public.import_titles`"),
                    "the server, then the foreign table, then the view that reads it: " + carried);
            journey.assertInSync();

            journey.deployInto(empty);
            String deployed = AdoptionTest.databaseCatalog(empty);
            MigrateBaselineTest.assertSameCatalog(AdoptionTest.databaseCatalog(f.db), deployed);
            for (String fact : List.of(
                    "collation public.musicbrainz provider=i deterministic=true collate= ctype= "
                            + "locale=@colCaseFirst=lower;colNumeric=yes",
                    "collation public.case_insensitive provider=i deterministic=false",
                    "collation public.bytewise provider=c deterministic=true collate=C ctype=C",
                    "statistics CREATE STATISTICS public.artist_years (ndistinct, dependencies) ON begin_year, "
                            + "end_year FROM artist target=500",
                    "aggregate rank_among(\"any\") kind=h",
                    "aggregate percentile(double precision,double precision) kind=o",
                    "event trigger log_drops on sql_drop tags= function=log_ddl enabled=D",
                    "event trigger log_table_ddl on ddl_command_end tags=CREATE TABLE,ALTER TABLE",
                    "foreign table public.release_import server=dumps options=filename=/tmp/releases.csv,"
                            + "format=csv,header=true column options=title:force_not_null=true",
                    "column public.artist.name #2 text notnull=true default= generated= identity= "
                            + "collation=public.musicbrainz",
                    "comment statistics object public.artist_years Active years go together")) {
                assertTrue(deployed.contains(fact), fact + " in\n" + deployed);
            }
            asAdmin(empty, "INSERT INTO artist (name, email) VALUES ('Queen', 'Queen@queen.example')");
            assertEquals(
                    "1",
                    adminScalar(empty, "SELECT count(*) FROM artist WHERE email = 'queen@QUEEN.example'"),
                    "the non-deterministic collation compares case-insensitively");

            String before = AdoptionTest.databaseCatalog(f.db);

            String withGenre = pulled.replaceFirst("(?i)(model artist \\{\n)", "$1    genre String?\n");
            assertTrue(withGenre.contains("genre String?"), pulled);
            MigrateDevResult added = journey.migrateDev(withGenre, "add_genre");
            journey.assertChanges(List.of("Add column `artist.genre`"), added);
            assertEquals("2", adminScalar(f.db, "SELECT count(*) FROM artist"), "every row kept");
            String after = AdoptionTest.databaseCatalog(f.db);
            assertTrue(
                    after.contains("column public.artist.genre #9 text notnull=false default= generated= identity= "
                            + "collation="),
                    after);
            MigrateBaselineTest.assertSameCatalog(
                    before,
                    after.lines().filter(l -> !l.contains("artist.genre")).collect(Collectors.joining("\n")));
            journey.assertInSync();
        }
    }

    /**
     * An event trigger needs a superuser where it is created: a baseline with one, deployed by a user who is not,
     * stops at that changeset with a message naming the event trigger and what to do.
     */
    @Test
    void eventTriggerNeedsASuperuserWhereItIsDeployed() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase empty = TestDatabases.create(Provider.POSTGRESQL)) {
            asAdmin(f.db, """
                    CREATE TABLE note (id serial PRIMARY KEY, body text NOT NULL);
                    CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql
                        AS $$ BEGIN RAISE NOTICE 'schema change: %', tg_tag; END $$;
                    CREATE EVENT TRIGGER log_table_ddl ON ddl_command_end EXECUTE FUNCTION log_ddl();
                    """);
            MigrateBaseline.run(admin(f));

            Exception failed = assertThrows(
                    Exception.class, () -> MigrateDeploy.run(f.options().withDatabase(MigrateFixture.settings(empty))));
            assertTrue(
                    failed.getMessage()
                            .contains("The migration creates the event trigger \"log_table_ddl\", which "
                                    + "only a superuser can create, and " + TestDatabases.LOGIN_USER
                                    + " is not one. Deploy "
                                    + "it as a superuser"),
                    failed.getMessage());
            assertEquals(
                    "0",
                    empty.query("SELECT count(*) FROM pg_event_trigger").get(0).get(0));
        }
    }

    /**
     * A server's credentials are never carried nor printed: the option holding the password is left out of
     * {@code CREATE SERVER} and named (by option name) with the user mapping and the wrapper no extension creates.
     */
    @Test
    void foreignServerCredentialsAreNamedNeverCarried() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL)) {
            asAdmin(f.db, """
                    CREATE FOREIGN DATA WRAPPER legacy_wrapper;
                    CREATE SERVER legacy FOREIGN DATA WRAPPER legacy_wrapper
                        OPTIONS (host 'erp.example', dbname 'erp', password 'Erp-Pw-7731');
                    CREATE USER MAPPING FOR CURRENT_USER SERVER legacy OPTIONS (user 'erp', password 'Map-Pw-5521');
                    CREATE FOREIGN TABLE erp_orders (id integer, total numeric(10, 2)) SERVER legacy
                        OPTIONS (table_name 'orders');
                    """);
            MigrateBaselineResult baseline = MigrateBaseline.run(admin(f));
            assertEquals(
                    List.of(
                            "foreign-data wrapper outside an extension `legacy_wrapper` (not created: create it "
                                    + "before deploying)",
                            "server option holding a credential `legacy.password` (a credential: the server is "
                                    + "created without it; add it where the baseline is deployed, with ALTER SERVER "
                                    + "… OPTIONS (ADD …))",
                            "user mapping `postgres for server legacy` (holds credentials: create it where the "
                                    + "baseline is deployed, with CREATE USER MAPPING)"),
                    baseline.notCarried());
            String migration = Files.readString(baseline.migration().file());
            assertTrue(
                    migration.contains("CREATE SERVER \"legacy\" FOREIGN DATA WRAPPER \"legacy_wrapper\" OPTIONS "
                            + "(\"host\" 'erp.example', \"dbname\" 'erp')"),
                    migration);
            assertTrue(migration.contains("CREATE FOREIGN TABLE \"public\".\"erp_orders\""), migration);
            for (String secret : List.of("Erp-Pw-7731", "Map-Pw-5521")) {
                assertFalse(migration.contains(secret), "no credential in the migration");
                assertFalse(f.allMessages().contains(secret), "no credential in the messages");
            }
        }
    }

    /** Runs a script on the test database as the server's administrator. */
    private static void asAdmin(TestDatabase db, String script) throws Exception {
        try (Connection c = TestDatabases.connectAsAdmin(Provider.POSTGRESQL, db.name());
                java.sql.Statement s = c.createStatement()) {
            s.execute(script);
        }
    }

    private static String adminScalar(TestDatabase db, String sql) throws Exception {
        try (Connection c = TestDatabases.connectAsAdmin(Provider.POSTGRESQL, db.name());
                java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The test database as the server's administrator (a superuser). */
    private static ConnectionSettings adminSettings(TestDatabase db) {
        return new ConnectionSettings(
                Provider.POSTGRESQL,
                TestDatabases.server(Provider.POSTGRESQL).url(db.name()),
                null,
                null,
                List.of("public"));
    }

    private static MigrateOptions admin(MigrateFixture f) {
        return f.options().withDatabase(adminSettings(f.db));
    }

    /** The film-rental sample's layout: {@code payment} partitioned by month, with a default partition. */
    private static final String PARTITIONED = """
            CREATE TABLE customer (customer_id serial PRIMARY KEY, name text NOT NULL);
            CREATE TABLE payment (
                payment_id   serial NOT NULL,
                customer_id  integer NOT NULL REFERENCES customer (customer_id) ON DELETE RESTRICT,
                amount       numeric(5, 2) NOT NULL CHECK (amount >= 0),
                payment_date timestamptz NOT NULL,
                PRIMARY KEY (payment_date, payment_id)
            ) PARTITION BY RANGE (payment_date);
            CREATE INDEX idx_fk_payment_customer_id ON payment (customer_id);
            COMMENT ON TABLE payment IS 'Payments, one partition per month';
            CREATE TABLE payment_p2022_01 PARTITION OF payment
                FOR VALUES FROM ('2022-01-01 00:00:00+00') TO ('2022-02-01 00:00:00+00');
            CREATE TABLE payment_p2022_02 PARTITION OF payment
                FOR VALUES FROM ('2022-02-01 00:00:00+00') TO ('2022-03-01 00:00:00+00');
            CREATE TABLE payment_default PARTITION OF payment DEFAULT;
            CREATE FUNCTION payment_check() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.amount > 1000 THEN RAISE EXCEPTION 'too much'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER payment_check BEFORE INSERT ON payment FOR EACH ROW EXECUTE FUNCTION payment_check();
            INSERT INTO customer (name) VALUES ('Mary');
            INSERT INTO payment (customer_id, amount, payment_date)
                VALUES (1, 2.99, '2022-01-15'), (1, 4.99, '2022-02-15'), (1, 0.99, '2023-06-01');
            """;

    /**
     * A partitioned table comes back partitioned, with the same partitions and bounds; migrate-dev with the pulled
     * schema (where the partitions are no models) is in sync, and a field added to the parent is one migration that
     * keeps every partition and row.
     */
    @Test
    void carriesPartitionedTables() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase empty = TestDatabases.create(Provider.POSTGRESQL)) {
            f.db.execute(PARTITIONED);
            AdoptionJourney journey = AdoptionJourney.of(f);
            journey.pull();

            MigrateBaselineResult baseline = journey.baselineCarryingAll();
            assertTrue(
                    baseline.carried().contains("Attach partition `public.payment_default` to `public.payment`"),
                    baseline.carried().toString());
            journey.assertInSync();

            journey.deployInto(empty);
            MigrateBaselineTest.assertSameCatalog(
                    AdoptionTest.databaseCatalog(f.db), AdoptionTest.databaseCatalog(empty));
            assertEquals("payment RANGE (payment_date)", partitionsOf(empty).get(0));
            assertEquals(4, partitionsOf(empty).size(), partitionsOf(empty).toString());
            assertEquals(partitionsOf(f.db), partitionsOf(empty));
            empty.execute("INSERT INTO customer (name) VALUES ('Mary');"
                    + "INSERT INTO payment (customer_id, amount, payment_date) VALUES (1, 2.99, '2022-01-15')");
            assertEquals(
                    "1",
                    empty.query("SELECT count(*) FROM payment_p2022_01").get(0).get(0),
                    "routed to its month");

            String text = journey.text();
            String withNote = text.replaceFirst("(?i)(model payment \\{\n)", "$1    note String?\n");
            assertTrue(withNote.contains("note String?"), text);
            MigrateDevResult added = journey.migrateDev(withNote, "add_note");
            journey.assertChanges(List.of("Add column `payment.note`"), added);
            assertEquals("3", f.scalar("SELECT count(*) FROM payment"), "every row kept");
            assertEquals(
                    "4",
                    f.scalar("SELECT count(*) FROM information_schema.columns WHERE column_name = 'note'"),
                    "the parent and its partitions have the column");
            assertEquals(4, partitionsOf(f.db).size(), "no partition dropped or detached");
            journey.assertInSync();
        }
    }

    /**
     * A music store's table-level objects: storage options on a table, its TOAST table and indexes, unlogged tables
     * (one referencing another, one referencing a permanent table), a covering index, a table inheriting from
     * another (its inherited id drawing from the parent's sequence), and an archive whose key draws from the live
     * table's sequence.
     */
    private static final String TABLE_TRAITS = """
            CREATE TABLE artist (artist_id serial PRIMARY KEY, name text NOT NULL)
                WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.05);
            ALTER TABLE artist SET (toast.autovacuum_enabled = false);
            CREATE INDEX artist_name_idx ON artist (name) WITH (fillfactor = 80);
            ALTER INDEX artist_pkey SET (fillfactor = 90);
            CREATE TABLE album (
                album_id  serial PRIMARY KEY,
                artist_id integer NOT NULL REFERENCES artist (artist_id),
                title     text NOT NULL,
                released  date
            );
            CREATE INDEX album_artist_covering ON album (artist_id) INCLUDE (title, released)
                WITH (deduplicate_items = off);
            CREATE UNLOGGED TABLE play_session (id serial PRIMARY KEY, token text NOT NULL UNIQUE);
            CREATE UNLOGGED TABLE play_event (
                id         bigserial PRIMARY KEY,
                session_id integer NOT NULL REFERENCES play_session (id) ON DELETE CASCADE,
                album_id   integer NOT NULL REFERENCES album (album_id),
                at         timestamptz NOT NULL DEFAULT now()
            );
            CREATE TABLE media_item (
                id    serial PRIMARY KEY,
                title text NOT NULL CONSTRAINT media_item_title_check CHECK (title <> ''),
                added timestamptz NOT NULL DEFAULT now()
            );
            CREATE TABLE track (milliseconds integer NOT NULL, album_id integer REFERENCES album (album_id))
                INHERITS (media_item);
            ALTER TABLE track ADD PRIMARY KEY (id);
            CREATE TABLE invoice (invoice_id serial PRIMARY KEY, total numeric(10, 2) NOT NULL);
            CREATE TABLE invoice_archive (
                invoice_id integer PRIMARY KEY DEFAULT nextval('invoice_invoice_id_seq'),
                total      numeric(10, 2) NOT NULL
            );
            INSERT INTO artist (name) VALUES ('AC/DC');
            INSERT INTO album (artist_id, title) VALUES (1, 'Let There Be Rock');
            INSERT INTO track (title, milliseconds, album_id) VALUES ('Overdose', 369319, 1);
            INSERT INTO play_session (token) VALUES ('abc');
            INSERT INTO play_event (session_id, album_id) VALUES (1, 1);
            INSERT INTO invoice (total) VALUES (1.98);
            """;

    /**
     * Unlogged tables, table, TOAST and index storage options, covering indexes, inheritance and columns drawing
     * from another column's sequence come back the same on a database built from the migrations (persistence,
     * {@code reloptions}, {@code pg_get_indexdef}, {@code pg_inherits}, defaults); migrate-dev with the pulled schema
     * is in sync on both; a field added after adoption is one migration that keeps every row and all of these.
     */
    @Test
    void carriesTableTraits() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase empty = TestDatabases.create(Provider.POSTGRESQL)) {
            f.db.execute(TABLE_TRAITS);
            AdoptionJourney journey = AdoptionJourney.of(f);
            journey.pull();
            String pulled = journey.text();
            assertTrue(
                    pulled.contains("@@index([artistId], map: \"album_artist_covering\")"),
                    "a covering index is pulled with its key columns: " + pulled);
            assertTrue(
                    pulled.contains("invoiceId Int     @id @default(autoincrement()) @map(\"invoice_id\")\n"
                            + "    total     Decimal @db.Decimal(10, 2)\n\n    @@map(\"invoice_archive\")"),
                    "a column drawing from another column's sequence is pulled as autoincrement: " + pulled);

            MigrateBaselineResult baseline = journey.baselineCarryingAll();
            List<String> carried = baseline.carried();
            assertTrue(
                    carried.indexOf("Set unlogged table `public.play_event`")
                            < carried.indexOf("Set unlogged table `public.play_session`"),
                    "the referencing table is unlogged first: " + carried);
            assertTrue(carried.contains("Recreate covering index `public.album_artist_covering`"), carried.toString());
            assertTrue(carried.contains("Set index options `public.artist_pkey`"), carried.toString());
            assertTrue(carried.contains("Set table options `public.artist`"), carried.toString());
            assertTrue(
                    carried.contains("Set inheriting table `public.track` from `public.media_item`"),
                    carried.toString());
            assertTrue(carried.contains("Set shared sequence default `public.track.id`"), carried.toString());
            assertTrue(
                    carried.contains("Set shared sequence default `public.invoice_archive.invoice_id`"),
                    carried.toString());
            journey.assertInSync();

            journey.deployInto(empty);
            String original = AdoptionTest.databaseCatalog(f.db);
            MigrateBaselineTest.assertSameCatalog(original, AdoptionTest.databaseCatalog(empty));
            journey.assertInSyncOn(empty);
            empty.execute("INSERT INTO invoice (total) VALUES (1);"
                    + "INSERT INTO invoice_archive (total) VALUES (2);"
                    + "INSERT INTO media_item (title) VALUES ('x');"
                    + "INSERT INTO track (title, milliseconds) VALUES ('y', 1)");
            assertEquals(
                    List.of(List.of("1", "2", "1", "2")),
                    empty.query("SELECT (SELECT invoice_id FROM invoice)::text, "
                            + "(SELECT invoice_id FROM invoice_archive)::text, "
                            + "(SELECT id FROM ONLY media_item)::text, (SELECT id FROM track)::text"),
                    "the archive and the child draw from the other column's sequence");

            String withNote = pulled.replaceFirst("(?i)(model album \\{\n)", "$1    note String?\n");
            assertTrue(withNote.contains("note String?"), pulled);
            MigrateDevResult added = journey.migrateDev(withNote, "add_note");
            journey.assertChanges(List.of("Add column `album.note`"), added);
            assertEquals("1", f.scalar("SELECT count(*) FROM album"), "every row kept");
            assertEquals("1", f.scalar("SELECT count(*) FROM play_event"), "every row kept");
            assertEquals("1", f.scalar("SELECT count(*) FROM track"), "every row kept");
            assertEquals(
                    original,
                    AdoptionTest.databaseCatalog(f.db)
                            .lines()
                            .filter(l -> !l.startsWith("column public.album.note "))
                            .collect(java.util.stream.Collectors.joining("\n")),
                    "nothing but the new column changed");
            journey.assertInSync();

            // a field added to a parent and its child (PostgreSQL adds a parent's new column to its children)
            String withRating = withNote.replaceFirst("(?i)(model MediaItem \\{\n)", "$1    rating Int?\n")
                    .replaceFirst("(?i)(model Track \\{\n)", "$1    rating Int?\n");
            MigrateDevResult rating = journey.migrateDev(withRating, "add_rating");
            assertEquals(
                    List.of("Add column `track.rating`", "Add column `media_item.rating`"),
                    rating.changes().stream().map(c -> c.summary()).toList(),
                    "the child first: the parent's column then merges with it");
            assertEquals(
                    List.of(List.of("true", "1")),
                    f.db.query("SELECT attislocal::text, attinhcount::text FROM pg_attribute "
                            + "WHERE attrelid = 'track'::regclass AND attname = 'rating'"),
                    "the child's column is its own and inherited");
            journey.assertInSync();
        }
    }

    /**
     * Unlogged tables referencing each other cannot be made unlogged one after the other (a permanent table cannot
     * reference an unlogged one): they and the unlogged tables they reference are named as not carried, and the
     * baseline still deploys, those tables permanent, the others unlogged.
     */
    @Test
    void namesUnloggedTablesInAForeignKeyCycle() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase empty = TestDatabases.create(Provider.POSTGRESQL)) {
            f.db.execute("""
                    CREATE UNLOGGED TABLE node_kind (id serial PRIMARY KEY);
                    CREATE UNLOGGED TABLE node (id serial PRIMARY KEY, kind_id integer REFERENCES node_kind (id),
                        edge_id integer);
                    CREATE UNLOGGED TABLE edge (id serial PRIMARY KEY, node_id integer REFERENCES node (id));
                    ALTER TABLE node ADD FOREIGN KEY (edge_id) REFERENCES edge (id);
                    CREATE UNLOGGED TABLE scratch (id serial PRIMARY KEY);
                    """);
            MigrateBaselineResult baseline = MigrateBaseline.run(f.options());
            assertEquals(
                    List.of(
                            "unlogged table in a foreign-key cycle `public.edge` (created as an ordinary table)",
                            "unlogged table in a foreign-key cycle `public.node_kind` (created as an ordinary table)",
                            "unlogged table in a foreign-key cycle `public.node` (created as an ordinary table)"),
                    baseline.notCarried().stream().sorted().toList());
            assertTrue(
                    baseline.carried().contains("Set unlogged table `public.scratch`"),
                    baseline.carried().toString());

            MigrateDeploy.run(f.options().withDatabase(MigrateFixture.settings(empty)));
            assertEquals(
                    List.of(
                            List.of("edge", "p"),
                            List.of("node", "p"),
                            List.of("node_kind", "p"),
                            List.of("scratch", "u")),
                    empty.query("SELECT relname::text, relpersistence::text FROM pg_class WHERE relkind = 'r' "
                            + "AND relnamespace = 'public'::regnamespace AND relname NOT ILIKE 'databasechangelog%' "
                            + "ORDER BY relname"));
        }
    }

    /** The partitioned table's key, then each partition with its bound, from the catalog. */
    private static List<String> partitionsOf(TestDatabase db) {
        return db
                .query("SELECT 'payment ' || pg_get_partkeydef('payment'::regclass) UNION ALL "
                        + "SELECT * FROM (SELECT c.relname || ' ' || pg_get_expr(c.relpartbound, c.oid) FROM pg_class c "
                        + "JOIN pg_inherits i ON i.inhrelid = c.oid WHERE i.inhparent = 'payment'::regclass "
                        + "ORDER BY c.relname) x")
                .stream()
                .map(r -> r.get(0))
                .toList();
    }

    @Test
    void carriesTypesRowSecurityAndRules() throws Exception {
        try (MigrateFixture f = new MigrateFixture(Provider.POSTGRESQL);
                TestDatabase empty = TestDatabases.create(Provider.POSTGRESQL)) {
            f.db.execute(DATABASE);
            AdoptionJourney journey = AdoptionJourney.of(f);
            journey.pull();

            String pulled = journey.text();
            assertTrue(pulled.contains("billing Unsupported(\"address\")?"), pulled);
            assertTrue(pulled.contains("prices  Unsupported(\"price_band\")"), pulled);
            MigrateBaselineResult baseline = journey.baselineCarryingAll();
            List<String> carried = baseline.carried();
            assertTrue(
                    carried.indexOf("Create composite type `public.address`")
                            < carried.indexOf("Create composite type `public.geo`"),
                    "a composite type after the one it uses: " + carried);
            assertTrue(carried.contains("Create range type `public.floatrange`"), carried.toString());
            assertTrue(carried.contains("Create policy `owner_writes` on `public.accounts`"), carried.toString());
            assertTrue(carried.contains("Enable row-level security `public.audit`"), carried.toString());
            assertTrue(carried.contains("Comment on policy `owner_reads on public.accounts`"), carried.toString());
            assertTrue(carried.contains("Comment on rule `audit_keep on public.audit`"), carried.toString());
            assertTrue(carried.contains("Create rule `audit_log` on `public.accounts`"), carried.toString());
            assertTrue(
                    carried.indexOf("Create aggregate `public.longest(text)`")
                            < carried.indexOf("Create view `public.longest_owner`"),
                    "an aggregate before the view that uses it: " + carried);

            journey.assertInSync();

            journey.deployInto(empty);
            MigrateBaselineTest.assertSameCatalog(
                    AdoptionTest.databaseCatalog(f.db), AdoptionTest.databaseCatalog(empty));
            empty.execute("INSERT INTO audit (note) VALUES ('kept'); DELETE FROM audit");
            assertEquals("1", empty.query("SELECT count(*) FROM audit").get(0).get(0), "the rule");
        }
    }
}
