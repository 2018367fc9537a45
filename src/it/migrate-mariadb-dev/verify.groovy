import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections
import dev.zmodel.testing.TestDatabases

def name = new File(basedir, 'database.txt').text
def admin = new ConnectionSettings(Provider.MYSQL, mysqlUrl, null, null, [])
try {
    def log = new File(basedir, 'build.log').text
    def folders = new File(basedir, 'zenstack/migrations').listFiles().findAll { it.isDirectory() }*.name.sort()
    assert folders.size() == 2 && folders[0].endsWith('_init') && folders[1].endsWith('_add_posts') : folders
    assert log.contains('Already in sync')
    assert log.contains('No pending migrations')
    assert log.contains('Database schema is up to date.')
    Connections.open(admin).withCloseable { c ->
        def rs = c.createStatement().executeQuery("SELECT count(*) FROM `" + name + "`.DATABASECHANGELOG")
        rs.next()
        assert rs.getInt(1) >= 3
        def shadows = c.createStatement().executeQuery("SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 'zenstack\\_shadow\\_%'")
        shadows.next()
        assert shadows.getInt(1) == 0 : 'temporary shadow databases are dropped'
    }
} finally {
    TestDatabases.drop(Provider.MYSQL, mysqlUrl, name)
}
// no password of the test login in anything the build printed (build.log) or wrote (the project directory);
// test.properties is how setup.groovy hands the URL to the build
dev.zmodel.testing.SecretScan.assertAbsent(dev.zmodel.testing.TestDatabases.LOGIN_PASSWORD, basedir.toPath(), 'test.properties')
return true
