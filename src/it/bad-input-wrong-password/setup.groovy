import dev.zmodel.Provider
import dev.zmodel.datasource.ConnectionSettings
import dev.zmodel.datasource.Connections

// A database with one table, and a user whose password is checked (MariaDB; the PostgreSQL test server trusts).
def id = UUID.randomUUID().toString().replace('-', '').substring(0, 10)
def name = 'zit_pw_' + id
def user = 'zit_pwu_' + id
def admin = new ConnectionSettings(Provider.MYSQL, mysqlUrl, null, null, [])
Connections.open(admin).withCloseable { c ->
    def s = c.createStatement()
    s.execute('CREATE DATABASE `' + name + '`')
    s.execute('CREATE TABLE `' + name + '`.keep (id INT PRIMARY KEY)')
    ['%', 'localhost', '127.0.0.1'].each { host ->
        s.execute("CREATE USER '" + user + "'@'" + host + "' IDENTIFIED BY 'right-" + id + "'")
        s.execute('GRANT ALL ON `' + name + "`.* TO '" + user + "'@'" + host + "'")
    }
}
def wrong = 'wrong-' + UUID.randomUUID()
new File(basedir, 'database.txt').text = name + '\n' + user + '\n' + wrong
def base = mysqlUrl.replaceFirst('^(jdbc:(?:mariadb|mysql)://[^/?]+).*$', '$1')
def props = new Properties()
props.setProperty('zenstack.url', base + '/' + name)
props.setProperty('zenstack.username', user)
props.setProperty('zenstack.password', wrong)
new File(basedir, 'test.properties').withWriter { props.store(it, null) }
return true
