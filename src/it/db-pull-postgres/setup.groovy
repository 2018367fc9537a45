import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.RunSql
import dev.zmodel.testing.TestDatabases

// a fresh database on the test server (postgresUrl = ZENSTACK_TEST_POSTGRES_URL), owned by the test login, which
// has a password: the build gets it in the URL, and verify.groovy proves it was printed and written nowhere
def db = TestDatabases.create(Provider.POSTGRESQL, postgresUrl)
def url = db.urlWithCredentials()
RunSql.run(new ConnectionSettings(Provider.POSTGRESQL, url, null, null, []), new File(basedir, 'db.sql').text)
new File(basedir, 'database.txt').text = db.name()
// the build gets the database as -Dzenstack.url, and comma-separated exclude globs
// (invoker.goals would split them at the comma)
def props = new Properties()
props.setProperty('zenstack.url', url)
props.setProperty('zenstack.exclude', 'tmp_*, audit_log')
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
