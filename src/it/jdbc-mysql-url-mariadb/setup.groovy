import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

// a fresh database on the MariaDB/MySQL test server (mysqlUrl = ZENSTACK_TEST_MYSQL_URL) for the test login, given to
// the build as a jdbc:mysql: URL with its password (verify.groovy proves it was printed and written nowhere)
def db = TestDatabases.create(Provider.MYSQL, mysqlUrl)
new File(basedir, 'database.txt').text = db.name()
def url = db.urlWithCredentials().replaceFirst('^jdbc:mariadb:', 'jdbc:mysql:')
assert url.startsWith('jdbc:mysql://') : url.replaceAll('password=[^&]*', 'password=***')
def props = new Properties()
props.setProperty('zenstack.url', url)
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
