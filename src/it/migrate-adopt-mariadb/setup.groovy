import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.RunSql
import dev.zmodel.testing.TestDatabases

// the existing database (db.sql, no migration history) and an empty one for migrate-deploy, both on the test server
// (mysqlUrl = ZENSTACK_TEST_MYSQL_URL) and owned by the test login, which has a password: the build gets it in the
// URLs, and verify.groovy proves it was printed and written nowhere
def original = TestDatabases.create(Provider.MYSQL, mysqlUrl)
def empty = TestDatabases.create(Provider.MYSQL, mysqlUrl)
RunSql.run(new ConnectionSettings(Provider.MYSQL, original.urlWithCredentials(), null, null, []),
        new File(basedir, 'db.sql').text)
new File(basedir, 'database.txt').text = original.name() + '\n' + empty.name()
def props = new Properties()
props.setProperty('zenstack.url', original.urlWithCredentials())
props.setProperty('empty.url', empty.urlWithCredentials())
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
