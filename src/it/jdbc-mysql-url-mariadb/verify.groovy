import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

def name = new File(basedir, 'database.txt').text
try {
    def log = new File(basedir, 'build.log').text
    def folders = new File(basedir, 'zenstack/migrations').listFiles().findAll { it.isDirectory() }*.name
    assert folders.size() == 1 && folders[0].endsWith('_init') : folders
    assert log.contains('Applied migration ' + folders[0])
    assert log.contains('No drift')
    assert log.contains('Database schema is up to date.')
    assert log.contains('jdbc:mysql://') : 'the URL as given, masked'
    TestDatabases.connectAsAdmin(Provider.MYSQL, name).withCloseable { c ->
        def rs = c.createStatement().executeQuery("SELECT table_collation FROM information_schema.tables WHERE table_schema = '" + name + "' AND table_name = 'User'")
        assert rs.next() && rs.getString(1) == 'utf8mb4_unicode_ci'
    }
} finally {
    TestDatabases.drop(Provider.MYSQL, mysqlUrl, name)
}
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
