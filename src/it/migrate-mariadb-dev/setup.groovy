import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections

// a fresh database on the MariaDB/MySQL test server (mysqlUrl = ZENSTACK_TEST_MYSQL_URL); the temporary shadow
// databases of migrate-dev are created (and dropped) on the same server
def name = 'zit_migrate_' + UUID.randomUUID().toString().replace('-', '').substring(0, 10)
def admin = new ConnectionSettings(Provider.MYSQL, mysqlUrl, null, null, [])
Connections.open(admin).withCloseable { it.createStatement().execute('CREATE DATABASE `' + name + '`') }
def url = mysqlUrl.replaceFirst('^(jdbc:(?:mariadb|mysql)://[^/?]+)(/[^?]*)?', '$1/' + name)
new File(basedir, 'database.txt').text = name
def props = new Properties()
props.setProperty('zenstack.url', url)
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
