import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

def name = new File(basedir, 'database.txt').text
try {
    def log = new File(basedir, 'build.log').text
    def schema = new File(basedir, 'zenstack/schema.zmodel').text
    assert schema.contains('model Customer {') && schema.contains('model PurchaseOrder {') : schema
    assert schema.contains('    extensions = [citext]\n') : 'the extension in the datasource'
    assert schema.contains('/// - nickname: nickname (citext)') : 'the domain named in the note'
    assert schema =~ /\n    nickname +String\? +@db\.Citext\n/ : 'a domain column as its base type'

    def dir = new File(basedir, 'zenstack/migrations')
    def folders = dir.listFiles().findAll { it.isDirectory() }*.name.sort()
    assert folders.size() == 1 && folders[0] ==~ /\d{14}_baseline/ : folders
    def migration = new File(dir, folders[0] + '/migration.xml').text
    // tables and indexes of the datasource's one schema are unqualified (relocatable); SQL taken from the catalog
    // (views, functions, triggers) is as PostgreSQL prints it
    assert migration.contains('CREATE TABLE "customer"')
    assert migration.contains('CREATE INDEX "purchase_order_open" ON "purchase_order" ("customer_id") WHERE') : 'the partial index'
    assert migration.contains('CREATE EXTENSION IF NOT EXISTS "citext"')
    assert migration.contains('CREATE DOMAIN "public"."nickname" AS citext CONSTRAINT nickname_check CHECK')
    assert migration.indexOf('CREATE EXTENSION') < migration.indexOf('CREATE DOMAIN')
    assert migration.indexOf('CREATE DOMAIN') < migration.indexOf('CREATE TABLE "customer"')
    assert migration.contains('CHECK ((POSITION((\'@\'::text) IN (email)) &gt; 1))') : 'the check'
    assert migration.contains('CREATE OR REPLACE FUNCTION public.touch_updated_at()')
    assert migration.contains('CREATE TRIGGER customer_touch BEFORE UPDATE ON public.customer')
    assert migration.contains('CREATE VIEW "public"."open_orders" AS')
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
    // one-line failures: no stack trace of ours (Maven itself may print one for a repository checksum warning)
    assert !(log =~ /(?m)^\s+at (dev\.zmodel|liquibase|org\.postgresql)\./) : 'one-line failures, no stack traces'
} finally {
    TestDatabases.drop(Provider.POSTGRESQL, postgresUrl, name)
}
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
