import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.RunSql
import dev.zmodel.testing.TestDatabases

// the existing database (db.sql, no migration history) and an empty one for migrate-deploy, both on the test server
// (postgresUrl = ZENSTACK_TEST_POSTGRES_URL) and owned by the test login, which has a password: the build gets it in the
// URLs, and verify.groovy proves it was printed and written nowhere. migrate-dev's temporary shadow database is created
// (and dropped) by that login. The original's catalog and row counts before the build go to before.txt.
def original = TestDatabases.create(Provider.POSTGRESQL, postgresUrl)
def empty = TestDatabases.create(Provider.POSTGRESQL, postgresUrl)
RunSql.run(new ConnectionSettings(Provider.POSTGRESQL, original.urlWithCredentials(), null, null, []),
        new File(basedir, 'db.sql').text)
new File(basedir, 'database.txt').text = original.name() + '\n' + empty.name()
def props = new Properties()
props.setProperty('zenstack.url', original.urlWithCredentials())
props.setProperty('empty.url', empty.urlWithCredentials())
new File(basedir, 'test.properties').withWriter { props.store(it, null) }

def helpers = new GroovyShell(this.class.classLoader).parse(new File(basedir, 'catalog.groovy'))
new File(basedir, 'before.txt').text = helpers.catalog(original.urlWithCredentials()) + '\n--- rows\n' +
        helpers.rows(original.urlWithCredentials())
return true
