import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections
import dev.zmodel.datasource.RunSql

// a fresh database on the test server (postgresUrl = ZENSTACK_TEST_POSTGRES_URL), filled from db.sql
def name = 'zit_pull_' + UUID.randomUUID().toString().replace('-', '').substring(0, 10)
def admin = new ConnectionSettings(Provider.POSTGRESQL, postgresUrl, null, null, [])
Connections.open(admin).withCloseable { it.createStatement().execute('CREATE DATABASE "' + name + '"') }
def url = postgresUrl.replaceFirst('^(jdbc:postgresql://[^/?]+)(/[^?]*)?', '$1/' + name)
RunSql.run(new ConnectionSettings(Provider.POSTGRESQL, url, null, null, []), new File(basedir, 'db.sql').text)
new File(basedir, 'database.txt').text = name
// the build gets the database as -Dzenstack.url, and comma-separated exclude globs
// (invoker.goals would split them at the comma)
def props = new Properties()
props.setProperty('zenstack.url', url)
props.setProperty('zenstack.exclude', 'tmp_*, audit_log')
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
