import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

def names = new File(basedir, 'database.txt').text.readLines()
def props = new Properties()
new File(basedir, 'test.properties').withReader { props.load(it) }
def helpers = new GroovyShell(this.class.classLoader).parse(new File(basedir, 'catalog.groovy'))
try {
    def log = new File(basedir, 'build.log').text
    def schema = new File(basedir, 'zenstack/schema.zmodel').text
    def evolved = new File(basedir, 'zenstack/evolved.zmodel').text
    // the pulled schema, reviewed: evolved.zmodel is it plus one field
    assert schema == evolved.replace('    nickname  String?\n', '') : schema
    assert schema.contains('    schemas    = ["public", "sales", "inventory", "audit"]\n')
    assert schema.contains('    extensions = [citext, pgcrypto]\n') : 'the extensions in the datasource'
    assert schema.contains('/// - email: email_address (citext)') : 'a domain named in the note'
    assert schema.contains('/// - credit: sales.discount (numeric(12,2))') : 'a domain over a domain: its base type'
    assert schema =~ /\n    tags +String\[\]\n/ : 'a domain over text[]: a String list'
    assert schema =~ /\n    number +Int +@default\(autoincrement\(\)\) @unique\n/ : 'the standalone sequence column'
    assert schema.contains('/// - name: COLLATE C') : 'the column collation named in the note'
    assert schema.contains('/// - name: COLLATE "sales"."natural_sort"') : 'a collation of a schema, qualified'
    assert schema.contains('@@map("Order Line")')
    assert schema.contains('/// - product_title_lower: (lower(title) text_pattern_ops)') : 'the operator class in the note'
    assert schema.contains('/// - change_log_table_time: WITH (fillfactor=80)') : 'the index storage options named in the note'
    assert new File(basedir, 'zenstack/deployed.zmodel').text == schema : 'the deployed database pulls to the same schema'

    def dir = new File(basedir, 'zenstack/migrations')
    def folders = dir.listFiles().findAll { it.isDirectory() }*.name.sort()
    assert folders.size() == 2 && folders[0] ==~ /\d{14}_baseline/ && folders[1] ==~ /\d{14}_add_nickname/ : folders
    def baseline = new File(dir, folders[0] + '/migration.xml').text
    // SQL taken from the catalog (domains, sequences, functions, views, triggers, comments) is as PostgreSQL prints it,
    // each object after what it depends on
    def order = ['CREATE SCHEMA IF NOT EXISTS "sales"', 'CREATE EXTENSION IF NOT EXISTS "citext"',
                 'CREATE TYPE "sales"."order_status"', 'CREATE SEQUENCE "sales"."invoice_number"',
                 'CREATE DOMAIN "public"."positive_amount"', 'CREATE DOMAIN "sales"."discount" AS positive_amount',
                 'CREATE OR REPLACE FUNCTION sales.order_total(p_order bigint)', 'CREATE TABLE "sales"."order"',
                 'CREATE INDEX "order_open" ON "sales"."order"', 'CREATE TABLE "sales"."Order Line"',
                 'CREATE VIEW "sales"."order_summary"',
                 'CREATE VIEW "sales"."open_orders"', 'CREATE TRIGGER order_audit AFTER INSERT OR DELETE OR UPDATE']
    order.each { assert baseline.contains(it) : it }
    order.collate(2, 1).findAll { it.size() == 2 }.each { a, b ->
        assert baseline.indexOf(a) < baseline.indexOf(b) : a + ' before ' + b
    }
    assert baseline.contains('CREATE OR REPLACE PROCEDURE inventory.restock(')
    // the collation before the tables (a column of another schema than the default uses it, qualified); the statistics
    // after the tables
    assert baseline.indexOf('CREATE COLLATION "sales"."natural_sort" (PROVIDER = icu, LOCALE = \'@colCaseFirst=lower;colNumeric=yes\')') >= 0
    assert baseline.indexOf('CREATE COLLATION "sales"."natural_sort"') < baseline.indexOf('CREATE TABLE "sales"."customer"')
    assert baseline.contains('"name" text COLLATE "sales"."natural_sort" NOT NULL')
    assert baseline.indexOf('CREATE STATISTICS inventory.product_currency_weight (ndistinct, dependencies) ON currency, weight_g FROM inventory.product') > baseline.indexOf('CREATE TABLE "inventory"."product"')
    assert baseline.contains('CREATE MATERIALIZED VIEW "inventory"."stock_by_product"')
    assert baseline.contains('"number" integer NOT NULL DEFAULT nextval(\'sales.invoice_number\'::regclass)')
    assert baseline.contains('GENERATED ALWAYS AS ((on_hand - reserved)) STORED') : 'a generated column'
    assert baseline.contains("COMMENT ON TRIGGER order_audit on sales.\"order\" IS 'Every order change")
    // table-level objects from the catalog, after the tables
    assert baseline.contains('ALTER TABLE "audit"."login_attempt" SET UNLOGGED')
    assert baseline.contains('ALTER TABLE "audit"."change_log_archive" INHERIT audit.change_log')
    assert baseline.contains('CREATE INDEX order_customer_status ON sales."order" USING btree (customer_id) INCLUDE (status, placed_at)')
    assert baseline.contains('ALTER INDEX "audit"."change_log_table_time" SET (fillfactor=\'80\')')
    assert baseline.contains('ALTER TABLE "audit"."change_log_archive" ALTER COLUMN "id" SET DEFAULT nextval(\'audit.change_log_id_seq\'::regclass)')
    def added = new File(dir, folders[1] + '/migration.xml').text
    assert (added =~ /<changeSet /).count == 1 : added
    assert added.contains('ALTER TABLE "sales"."customer" ADD COLUMN "nickname" text') : added
    assert new File(dir, 'changelog.xml').text.contains('<includeAll path="./" relativeToChangelogFile="true"')
    assert new File(dir, 'migration_lock.properties').text.contains('provider=postgresql')

    assert log.contains('Created the baseline migration ')
    assert log.contains('Recorded the baseline ' + folders[0] + ' as applied on ')
    assert !log.contains('does not recreate') : 'everything of this database is carried'
    assert log.contains('Already in sync:') : 'migrate-dev with the pulled schema'
    assert log.contains('No drift: the database schema is what its applied migrations produce.')
    assert log.contains('Database schema is up to date.')
    assert log =~ /migrate-baseline refuses jdbc:postgresql:\/\/[^ ]+: it already has a migration history \(\d+ changeset\(s\) in DATABASECHANGELOG/
    assert log.contains('See what the database has applied with mvn zenstack:migrate-status.')
    assert !(log =~ /(?m)^\s+at (dev\.zmodel|liquibase|org\.postgresql)\./) : 'one-line failures, no stack traces'

    def original = props.getProperty('zenstack.url')
    def empty = props.getProperty('empty.url')
    def before = new File(basedir, 'before.txt').text.split('\n--- rows\n')
    def after = helpers.catalog(original)
    // the added field is the only difference: checks, partial and expression indexes, triggers, views, comments,
    // collations, domains, functions the baseline carried are all still there, unchanged
    assert after.readLines().findAll { !it.contains('nickname') }.join('\n') == before[0] : 'nothing else changed'
    assert after.contains('column sales.customer.nickname #8 text notnull=false')
    assert helpers.rows(original) == before[1] : 'every row kept'
    assert helpers.catalog(empty) == after : 'the same catalog on the deployed database'

    // the deployed database works like the original: triggers, generated columns, domains, the sequence
    helpers.connect(empty).withCloseable { c ->
        def s = c.createStatement()
        s.execute("INSERT INTO public.country VALUES ('DE', 'Germany')")
        s.execute("INSERT INTO sales.customer (email, name) VALUES ('ada@example.com', 'Ada')")
        s.execute("INSERT INTO sales.\"order\" (customer_id) VALUES (1)")
        s.execute("INSERT INTO inventory.product (sku, title, price) VALUES ('BK-0001', 'Book', 10)")
        s.execute("INSERT INTO sales.\"Order Line\" (order_id, line_no, product_id, quantity, unit_price) VALUES (1, 1, 1, 3, 10)")
        s.execute("INSERT INTO sales.invoice (order_id, total) VALUES (1, 30)")
        try {
            s.execute("INSERT INTO sales.customer (email, name) VALUES ('not-an-email', 'x')")
            assert false : 'the domain check'
        } catch (java.sql.SQLException expected) {
        }
    }
    assert helpers.scalar(empty, 'SELECT count(*) FROM audit.change_log') == '1' : 'the audit trigger works'
    assert helpers.scalar(empty, 'SELECT line_total FROM sales."Order Line"') == '30.00' : 'the generated column'
    assert helpers.scalar(empty, 'SELECT number FROM sales.invoice') == '1000' : 'the standalone sequence'
    assert helpers.scalar(empty, 'SELECT total FROM sales.order_summary') == '30.00' : 'the view and its function'
    helpers.connect(empty).withCloseable { c ->
        c.createStatement().execute("INSERT INTO audit.change_log_archive (table_name, operation) VALUES ('x', 'D')")
    }
    assert helpers.scalar(empty, 'SELECT count(*) FROM audit.change_log') == '2' : 'the archive inherits from the log'
    assert helpers.scalar(empty, 'SELECT max(id) FROM audit.change_log_archive') == '2' : "numbered from the log's sequence"
    assert helpers.scalar(empty, "SELECT relpersistence FROM pg_class WHERE oid = 'audit.login_attempt'::regclass") == 'u' : 'the unlogged table'
    assert helpers.scalar(empty, "SELECT string_agg(name, ',' ORDER BY name) FROM (VALUES ('Shop 10'), ('Shop 9')) v(name)") == 'Shop 10,Shop 9' : 'the default collation sorts text'
    assert helpers.scalar(empty, "SELECT string_agg(n, ',' ORDER BY n COLLATE sales.natural_sort) FROM "
            + "(VALUES ('Shop 10'), ('Shop 9')) v(n)") == 'Shop 9,Shop 10' : 'the carried collation sorts numbers by value'
} finally {
    names.each { TestDatabases.drop(Provider.POSTGRESQL, postgresUrl, it) }
}
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
