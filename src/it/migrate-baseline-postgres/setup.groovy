import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.RunSql
import dev.zmodel.testing.TestDatabases

// an existing database without migration history, on the test server (postgresUrl = ZENSTACK_TEST_POSTGRES_URL),
// owned by the test login, which has a password: the build gets it in the URL, and verify.groovy proves it was printed
// and written nowhere. migrate-dev's temporary shadow database is created (and dropped) by that login.
def db = TestDatabases.create(Provider.POSTGRESQL, postgresUrl)
def url = db.urlWithCredentials()
RunSql.run(new ConnectionSettings(Provider.POSTGRESQL, url, null, null, []), new File(basedir, 'db.sql').text)
new File(basedir, 'database.txt').text = db.name()
def props = new Properties()
props.setProperty('zenstack.url', url)
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
