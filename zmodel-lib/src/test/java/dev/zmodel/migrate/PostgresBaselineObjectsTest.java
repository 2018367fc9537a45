package dev.zmodel.migrate;

import dev.zmodel.Provider;
import dev.zmodel.pull.DbPull;
import dev.zmodel.pull.PullOptions;
import dev.zmodel.testing.TestDatabase;
import dev.zmodel.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL objects ZModel cannot express that migrate-baseline carries as SQL from the database's own definitions:
 * composite and range types (and columns of them), row-level security with its policies, rules and aggregates. A database with
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
            Path schema = Files.createDirectories(f.migrations.getParent()).resolve("schema.zmodel");
            try (Connection c = f.db.connect()) {
                Files.writeString(
                        schema, DbPull.pull(c, null, PullOptions.defaults()).text());
            }

            MigrateBaselineResult baseline = MigrateBaseline.run(f.options());
            assertEquals(List.of(), baseline.notCarried());
            assertTrue(
                    baseline.carried().contains("Attach partition `public.payment_default` to `public.payment`"),
                    baseline.carried().toString());
            assertTrue(
                    MigrateDev.run(f.options().withDesired(ZModelProject.desired(schema)))
                            .inSync(),
                    f.allMessages());

            MigrateDeploy.run(f.options().withDatabase(MigrateFixture.settings(empty)));
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

            String text = Files.readString(schema);
            String withNote = text.replaceFirst("(?i)(model payment \\{\n)", "$1    note String?\n");
            assertTrue(withNote.contains("note String?"), text);
            Files.writeString(schema, withNote);
            MigrateDevResult added = MigrateDev.run(
                    f.options().withDesired(ZModelProject.desired(schema)).withName("add_note"));
            assertEquals(
                    List.of("Add column `payment.note`"),
                    added.changes().stream().map(c -> c.summary()).toList(),
                    f.allMessages());
            assertEquals("3", f.scalar("SELECT count(*) FROM payment"), "every row kept");
            assertEquals(
                    "4",
                    f.scalar("SELECT count(*) FROM information_schema.columns WHERE column_name = 'note'"),
                    "the parent and its partitions have the column");
            assertEquals(4, partitionsOf(f.db).size(), "no partition dropped or detached");
            assertTrue(
                    MigrateDev.run(f.options().withDesired(ZModelProject.desired(schema)))
                            .inSync(),
                    f.allMessages());
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
            Path schema = Files.createDirectories(f.migrations.getParent()).resolve("schema.zmodel");
            try (Connection c = f.db.connect()) {
                Files.writeString(
                        schema, DbPull.pull(c, null, PullOptions.defaults()).text());
            }

            String pulled = Files.readString(schema);
            assertTrue(pulled.contains("billing Unsupported(\"address\")?"), pulled);
            assertTrue(pulled.contains("prices  Unsupported(\"price_band\")"), pulled);
            MigrateBaselineResult baseline = MigrateBaseline.run(f.options());
            assertEquals(List.of(), baseline.notCarried());
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

            assertTrue(
                    MigrateDev.run(f.options().withDesired(ZModelProject.desired(schema)))
                            .inSync(),
                    f.allMessages());

            MigrateDeploy.run(f.options().withDatabase(MigrateFixture.settings(empty)));
            MigrateBaselineTest.assertSameCatalog(
                    AdoptionTest.databaseCatalog(f.db), AdoptionTest.databaseCatalog(empty));
            empty.execute("INSERT INTO audit (note) VALUES ('kept'); DELETE FROM audit");
            assertEquals("1", empty.query("SELECT count(*) FROM audit").get(0).get(0), "the rule");
        }
    }
}
