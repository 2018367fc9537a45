import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

// a fresh database on the MariaDB/MySQL test server (mysqlUrl = ZENSTACK_TEST_MYSQL_URL) for the test login, which
// has a password (verify.groovy proves it was printed and written nowhere)
def db = TestDatabases.create(Provider.MYSQL, mysqlUrl)
new File(basedir, 'database.txt').text = db.name()
def props = new Properties()
props.setProperty('zenstack.url', db.urlWithCredentials())
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
