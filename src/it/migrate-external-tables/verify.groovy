import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

import dev.zmodel.datasource.Connections

def name = new File(basedir, 'database.txt').text
try {
    def log = new File(basedir, 'build.log').text
    def dir = new File(basedir, 'zenstack/migrations')
    def folders = dir.listFiles().findAll { it.isDirectory() }*.name.sort()
    assert folders.size() == 2 && folders[0] ==~ /\d{14}_init/ && folders[1] ==~ /\d{14}_add_posts/ : folders
    folders.each { f ->
        def text = new File(dir, f + '/migration.xml').text
        assert !text.contains('legacy') : "$f touches the foreign table or its enum:\n$text"
    }
    assert log.contains('Pushed ') && log.contains('(no migration written).') : 'db-push'
    assert log =~ /Reset jdbc:postgresql:\/\/[^ ]+: dropped the 2 table\(s\), 0 view\(s\) and 0 enum type\(s\) of the project; kept the table\(s\) it does not own: public.legacy_queue\./
    assert log.contains('No drift: the database schema is what its applied migrations produce.')
    assert log.contains('Database schema is up to date.')
    assert !log.contains('Drift detected')
    assert !(log =~ /(?m)^\s+at (dev\.zmodel|liquibase|org\.postgresql)\./) : 'no stack traces'

    def url = new File(basedir, 'test.properties').withReader { r -> def p = new Properties(); p.load(r); p }.getProperty('zenstack.url')
    Connections.open(new dev.zmodel.datasource.ConnectionSettings(Provider.POSTGRESQL, url, null, null, ['public'])).withCloseable { c ->
        def rs = c.createStatement().executeQuery('SELECT id, payload, state::text FROM legacy_queue')
        assert rs.next() && rs.getInt(1) == 1 && rs.getString(2) == 'keep me' && rs.getString(3) == 'new'
        assert !rs.next()
    }
} finally {
    TestDatabases.drop(Provider.POSTGRESQL, postgresUrl, name)
}
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
