import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections
import dev.zmodel.datasource.RunSql

// a fresh database on the test server (mysqlUrl = ZENSTACK_TEST_MYSQL_URL), filled from db.sql
def name = 'zit_pull_' + UUID.randomUUID().toString().replace('-', '').substring(0, 10)
def admin = new ConnectionSettings(Provider.MYSQL, mysqlUrl, null, null, [])
Connections.open(admin).withCloseable { it.createStatement().execute('CREATE DATABASE `' + name + '`') }
def url = mysqlUrl.replaceFirst('^(jdbc:(?:mariadb|mysql)://[^/?]+)(/[^?]*)?', '$1/' + name)
RunSql.run(new ConnectionSettings(Provider.MYSQL, url, null, null, []), new File(basedir, 'db.sql').text)
new File(basedir, 'database.txt').text = name
def props = new Properties()
props.setProperty('zenstack.url', url)
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
