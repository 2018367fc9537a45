import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.diff.SchemaDiff
import dev.zmodel.introspect.IntrospectionOptions
import dev.zmodel.introspect.Introspectors
import dev.zmodel.migrate.MigrateDeploy
import dev.zmodel.migrate.MigrateOptions
import dev.zmodel.testing.TestDatabases

import dev.zmodel.datasource.Connections

def name = new File(basedir, 'database.txt').text
def empty = TestDatabases.create(Provider.POSTGRESQL, postgresUrl)
try {
    def log = new File(basedir, 'build.log').text
    def dir = new File(basedir, 'zenstack/migrations')
    def folders = dir.listFiles().findAll { it.isDirectory() }*.name.sort()
    assert folders.size() == 4 : folders
    assert folders[0..2] == ['20240110093000_init', '20240115143000_add_orders', '20240202110000_product_stock']
    assert folders[3] ==~ /\d{14}_add_sku/
    folders[0..2].each { f ->
        def original = new File(basedir, "prisma/migrations/$f/migration.sql").getText('UTF-8')
        def imported = new File(dir, "$f/migration.sql").getText('UTF-8')
        assert imported.startsWith("-- liquibase formatted sql\n\n-- changeset zenstack:$f-1 logicalFilePath:$f/migration.sql dbms:postgresql splitStatements:false\n")
        assert imported.endsWith('\n' + original) : 'the Prisma SQL byte for byte after the header'
    }
    assert new File(dir, '20240202110000_product_stock/migration.sql').isFile()
    assert new File(dir, 'changelog.xml').text.contains('<includeAll path="./"') : 'the master runs every folder'

    assert new File(dir, 'migration_lock.properties').text.contains('provider=postgresql')
    def added = new File(dir, folders[3] + '/migration.xml').text
    assert added.contains('"sku"') && added.contains('"Product"') : added

    assert log.contains('Imported 3 Prisma migration(s) from ')
    assert log =~ /Recorded 3 migration\(s\) as applied on jdbc:postgresql:\/\/[^ ]+ without running them, as Prisma finished them there \(_prisma_migrations\)/
    assert log.contains('No drift: the database schema is what its applied migrations produce.')
    assert log.contains('Database schema is up to date.')
    assert log.contains('Already in sync:') : 'migrate-dev with the schema Prisma migrated to'
    assert log.contains('Created migration ') && log.contains('Applied migration ' + folders[3])
    assert log.contains('The 3 Prisma migration(s) of ') && log.contains('; nothing was written.')
    assert log.contains('were already recorded as applied.')
    assert log.contains('migrate-import needs the Prisma or ZenStack migrations directory to import: mvn zenstack:migrate-import -Dzenstack.from=prisma/migrations.')
    assert !(log =~ /(?m)^\s+at (dev\.zmodel|liquibase|org\.postgresql)\./) : 'one-line failures, no stack traces'

    // migrate-deploy on an empty database builds the same tables (the library call the goal makes)
    def url = new File(basedir, 'test.properties').withReader { r -> def p = new Properties(); p.load(r); p }.getProperty('zenstack.url')
    def target = new ConnectionSettings(Provider.POSTGRESQL, empty.urlWithCredentials(), null, null, ['public'])
    MigrateDeploy.run(MigrateOptions.of(target, dir.toPath()))
    def read = { String u ->
        Connections.open(new ConnectionSettings(Provider.POSTGRESQL, u, null, null, ['public'])).withCloseable { c ->
            Introspectors.introspect(c, IntrospectionOptions.defaults())
        }
    }
    assert SchemaDiff.diff(read(empty.urlWithCredentials()), read(url)).changes() == []
} finally {
    empty.close()
    TestDatabases.drop(Provider.POSTGRESQL, postgresUrl, name)
}
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
