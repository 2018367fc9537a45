import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.RunSql
import dev.zmodel.testing.TestDatabases

// a fresh database on the test server (mysqlUrl = ZENSTACK_TEST_MYSQL_URL) for the test login, which has a
// password: the build gets it in the URL, and verify.groovy proves it was printed and written nowhere
def db = TestDatabases.create(Provider.MYSQL, mysqlUrl)
def url = db.urlWithCredentials()
RunSql.run(new ConnectionSettings(Provider.MYSQL, url, null, null, []), new File(basedir, 'db.sql').text)
new File(basedir, 'database.txt').text = db.name()
def props = new Properties()
props.setProperty('zenstack.url', url)
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
