import dev.zmodel.Provider
import dev.zmodel.testing.TestDatabases

// a fresh database on the PostgreSQL test server (postgresUrl = ZENSTACK_TEST_POSTGRES_URL) for the test login, which
// has a password (verify.groovy proves it was printed and written nowhere)
def db = TestDatabases.create(Provider.POSTGRESQL, postgresUrl)
new File(basedir, 'database.txt').text = db.name()
def props = new Properties()
props.setProperty('zenstack.url', db.urlWithCredentials())
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
