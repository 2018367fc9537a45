import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.RunSql
import dev.zmodel.testing.TestDatabases

// a database on the test server (postgresUrl = ZENSTACK_TEST_POSTGRES_URL), owned by the test login (its password goes
// into the URL; verify.groovy proves it was printed and written nowhere), already holding another application's queue
def db = TestDatabases.create(Provider.POSTGRESQL, postgresUrl)
new File(basedir, 'database.txt').text = db.name()
def url = db.urlWithCredentials()
RunSql.run(new ConnectionSettings(Provider.POSTGRESQL, url, null, null, []), '''
CREATE TYPE legacy_state AS ENUM ('new', 'done');
CREATE TABLE legacy_queue (id INTEGER NOT NULL PRIMARY KEY, payload VARCHAR(100), state legacy_state NOT NULL DEFAULT 'new');
INSERT INTO legacy_queue (id, payload) VALUES (1, 'keep me');
''')
def props = new Properties()
props.setProperty('zenstack.url', url)
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
